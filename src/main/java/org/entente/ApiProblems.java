package org.entente;

import java.util.List;
import java.util.Map;
import org.entente.shared.NotFoundException;
import org.entente.shared.StaleEditException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * Errors of the JSON API as problem+json (RFC 9457), never a stack trace. Ordered before Spring's
 * own problem handler so that bad input names the fields at fault.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", "There is no such record in this area.");
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e) {
    return problem(
        HttpStatus.FORBIDDEN, "Not allowed", "Your account has no role that allows this.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "Bad parameter",
        "The value of '" + e.getName() + "' is not one that this parameter accepts.");
  }

  /** Bean Validation of a request body, and the checks a controller adds to it. */
  @ExceptionHandler(BindException.class)
  ProblemDetail invalid(BindException e) {
    List<Map<String, String>> errors =
        e.getBindingResult().getAllErrors().stream()
            .map(
                error ->
                    Map.of(
                        "field",
                        error instanceof FieldError f ? f.getField() : "",
                        "message",
                        String.valueOf(error.getDefaultMessage())))
            .toList();
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            "Invalid request",
            "Some fields are missing or wrong; 'errors' names each one. Nothing was saved.");
    problem.setProperty("errors", errors);
    return problem;
  }

  /** A body that is not JSON, or a value of the wrong type, such as an unknown status. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            "Invalid request",
            "The request body is not JSON of the expected shape. Nothing was saved.");
    if (e.getCause() instanceof JacksonException j && !j.getPath().isEmpty()) {
      problem.setProperty(
          "errors",
          List.of(
              Map.of(
                  "field",
                  field(j.getPath()),
                  "message",
                  "This value is not one that this field accepts")));
    }
    return problem;
  }

  @ExceptionHandler(StaleEditException.class)
  ProblemDetail stale(StaleEditException e) {
    return problem(
        HttpStatus.CONFLICT,
        "Changed by someone else",
        "The record was changed since the version you sent. Nothing was saved: read it again and"
            + " send its current version.");
  }

  /** A path such as {@code seats[1].status} from Jackson's references. */
  private static String field(List<JacksonException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JacksonException.Reference r : path) {
      if (r.getPropertyName() != null) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        field.append('[').append(r.getIndex()).append(']');
      }
    }
    return field.toString();
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
