"""Summarises a Java Flight Recorder file of the server under ingest: where its Java threads spend their samples.

Usage: python3 bench/profile.py FILE.jfr  (prints one JSON object)
"""
import collections
import json
import subprocess
import sys

out = subprocess.run(['jfr', 'print', '--json', '--stack-depth', '64', '--events', 'jdk.ExecutionSample', sys.argv[1]],
                     capture_output=True, text=True).stdout
events = json.loads(out)['recording']['events'] if out.strip() else []


def name(frame):
    method = frame['method']
    return f"{method['type']['name'].replace('/', '.')}.{method['name']}"


own = collections.Counter()       # the method on top of the stack
project = collections.Counter()   # the innermost Platekeeper method on the stack
area = collections.Counter()      # what kind of code is on top of the stack
for event in events:
    frames = event['values']['stackTrace']['frames'] if event['values'].get('stackTrace') else []
    if not frames:
        continue
    top = name(frames[0])
    own[top] += 1
    inner = next((name(f) for f in frames if name(f).startswith('org.platekeeper.') and '$$Lambda' not in name(f)),
                 None)
    if inner:
        project[inner] += 1
    for prefix, label in (('org.postgresql.', 'PostgreSQL JDBC driver'), ('org.hibernate.', 'Hibernate'),
                          ('com.ibm.', 'Liberty'), ('org.apache.cxf.', 'JAX-RS (CXF)'),
                          ('org.eclipse.parsson.', 'JSON'),
                          ('org.platekeeper.', 'Platekeeper'), ('com.fasterxml.', 'JSON'),
                          ('org.eclipse.yasson.', 'JSON'), ('org.glassfish.', 'JSON'), ('org.jboss.weld.', 'CDI'),
                          ('java.', 'JDK'), ('javax.', 'JDK'), ('jdk.', 'JDK'), ('sun.', 'JDK')):
        if top.startswith(prefix):
            area[label] += 1
            break
    else:
        area['other'] += 1
total = sum(own.values()) or 1


def share(counter, n):
    return [[k, round(100 * v / total, 1)] for k, v in counter.most_common(n)]


print(json.dumps({"samples": total, "byArea": share(area, 12), "topMethods": share(own, 12),
                  "topPlatekeeperMethods": share(project, 12)}))
