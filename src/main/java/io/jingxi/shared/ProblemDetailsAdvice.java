package io.jingxi.shared;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.validation.ConstraintViolationException;

/**
 * Turns every error into an RFC 9457 problem detail in the request's language (zh-CN by default,
 * en). Field errors are listed under {@code errors}. No stack trace, SQL or class name reaches a
 * client: unexpected failures are logged and answered with a generic message.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final MessageSource messages;

	ProblemDetailsAdvice(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException ex) {
		var problem = problem(ex.status(), ex.code(), ex.args());
		if (!ex.fieldProblems().isEmpty()) {
			problem.setProperty("errors", ex.fieldProblems().stream()
				.map(f -> Map.of("field", f.field(), "message", text(f.code(), f.args())))
				.toList());
		}
		return ResponseEntity.status(ex.status()).body(problem);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<ProblemDetail> denied(Exception ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "error.forbidden"));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraint(ConstraintViolationException ex) {
		var problem = problem(HttpStatus.BAD_REQUEST, "error.validation");
		problem.setProperty("errors", ex.getConstraintViolations().stream()
			.map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal"));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var problem = problem(HttpStatus.BAD_REQUEST, "error.validation");
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", error.getField(),
					"message", messages.getMessage(error, LocaleContextHolder.getLocale())));
		}
		ex.getBindingResult().getGlobalErrors()
			.forEach(e -> errors.add(Map.of("field", "", "message", messages.getMessage(e, LocaleContextHolder.getLocale()))));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var problem = problem(HttpStatus.BAD_REQUEST, "error.validation");
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
			.forEach(error -> errors.add(Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
					"message", messages.getMessage(error, LocaleContextHolder.getLocale())))));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var problem = problem(HttpStatus.BAD_REQUEST, "error.parameter.missing", ex.getParameterName());
		problem.setProperty("errors", List.of(Map.of("field", ex.getParameterName(),
				"message", text("error.parameter.missing", ex.getParameterName()))));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : String.valueOf(ex.getPropertyName());
		var problem = problem(HttpStatus.BAD_REQUEST, "error.parameter.invalid", name, String.valueOf(ex.getValue()));
		problem.setProperty("errors", List.of(Map.of("field", name,
				"message", text("error.parameter.invalid", name, String.valueOf(ex.getValue())))));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// Spring's own errors (405, 415, unreadable body…): keep the status, localize a safe text.
		boolean ours = body instanceof ProblemDetail detail && detail.getProperties() != null
				&& detail.getProperties().containsKey("code");
		if (!ours && (body == null || body instanceof ProblemDetail)) {
			var key = "error.http." + statusCode.value();
			var problem = problem(statusCode, key);
			return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private ProblemDetail problem(HttpStatusCode status, String code, Object... args) {
		var problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("https://jingxi.io/problems/" + code));
		problem.setTitle(text("error.title." + status.value(), new Object[0], text("error.title.default")));
		problem.setDetail(text(code, args));
		problem.setProperty("code", code);
		return problem;
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, locale());
	}

	private String text(String code, Object[] args, String fallback) {
		return messages.getMessage(code, args, fallback, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}
}
