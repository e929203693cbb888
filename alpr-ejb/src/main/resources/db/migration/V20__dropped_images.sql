-- PC-A1: images a camera sent that could not be kept (damaged, not JPEG, too large); their reads were stored and
-- matched all the same. A rising count is a camera or agent to look at.
alter table camera add column dropped_images bigint not null default 0;
