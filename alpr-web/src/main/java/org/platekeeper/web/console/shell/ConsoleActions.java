package org.platekeeper.web.console.shell;

import java.util.function.Supplier;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.platekeeper.shared.application.BusinessException;

/**
 * Runs a console action and turns its outcome into a message at the top of the page: the confirmation, or the
 * reason it was refused, exactly as the API would give it. A refusal marks the request as failed so dialogs stay
 * open.
 */
public final class ConsoleActions {

    private ConsoleActions() {
    }

    /** The action's result, or null when it was refused (the message says why). */
    public static <T> T perform(Supplier<T> action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            T result = action.get();
            if (done != null) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            }
            return result;
        } catch (BusinessException refused) {
            error(faces, refused.getMessage());
        } catch (EJBAccessException forbidden) {
            error(faces, "Your role does not allow this.");
        } catch (EJBException failed) {
            if (failed.getCause() instanceof ConstraintViolationException invalid) {
                ConstraintViolation<?> first = invalid.getConstraintViolations().iterator().next();
                String path = first.getPropertyPath().toString();
                error(faces, path.substring(path.lastIndexOf('.') + 1) + " " + first.getMessage());
            } else if (failed.getCause() instanceof EJBAccessException) {
                error(faces, "Your role does not allow this.");
            } else {
                error(faces, "The action failed; nothing was changed.");
            }
        }
        return null;
    }

    public static void run(Runnable action, String done) {
        perform(() -> {
            action.run();
            return Boolean.TRUE;
        }, done);
    }

    private static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }
}
