package org.platekeeper.web.api.shared;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures in the API's own shape. Needed beside {@link ApiExceptionMapper} because the JAX-RS
 * runtime ships a mapper for validation exceptions that would otherwise be the closer match.
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

    private final ApiExceptionMapper errors = new ApiExceptionMapper();

    @Override
    public Response toResponse(ValidationException invalid) {
        return errors.toResponse(invalid);
    }
}
