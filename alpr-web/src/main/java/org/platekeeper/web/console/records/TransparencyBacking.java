package org.platekeeper.web.console.records;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.platekeeper.records.application.Transparency;
import org.platekeeper.records.application.TransparencyView;

/** The public transparency page: the same figures as its JSON, read once per request. */
@Named
@RequestScoped
public class TransparencyBacking {

    @Inject
    Transparency transparency;

    private TransparencyView view;

    public TransparencyView getView() {
        if (view == null) {
            view = transparency.now();
        }
        return view;
    }
}
