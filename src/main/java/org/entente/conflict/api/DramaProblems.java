package org.entente.conflict.api;

import java.util.List;
import java.util.Map;
import org.entente.conflict.exchange.DramaProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A drama model's problems as problem+json, each naming its field, in the API's usual shape. */
final class DramaProblems {

  private DramaProblems() {}

  static ProblemDetail of(List<DramaProblem> problems, MessageSource messages) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            messages.getMessage(
                "conflict.drama.api.invalid", null, LocaleContextHolder.getLocale()));
    problem.setTitle(
        messages.getMessage(
            "conflict.drama.api.invalid.title", null, LocaleContextHolder.getLocale()));
    problem.setProperty(
        "errors",
        problems.stream()
            .map(
                p ->
                    Map.of(
                        "field",
                        p.field(),
                        "message",
                        messages.getMessage(
                            p.code(),
                            p.args().toArray(),
                            p.code(),
                            LocaleContextHolder.getLocale())))
            .toList());
    return problem;
  }
}
