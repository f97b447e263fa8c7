package io.jingxi.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A business rule refused a request. Carries a message key (resolved in the request's language)
 * and the HTTP status it maps to; never carries internals that must not reach a client.
 */
public class DomainException extends RuntimeException {

	private final String code;
	private final Object[] args;
	private final HttpStatus status;
	private final List<FieldProblem> fieldProblems;

	public DomainException(HttpStatus status, String code, Object... args) {
		this(status, List.of(), code, args);
	}

	public DomainException(HttpStatus status, List<FieldProblem> fieldProblems, String code, Object... args) {
		super(code);
		this.status = status;
		this.code = code;
		this.args = args.clone();
		this.fieldProblems = List.copyOf(fieldProblems);
	}

	public static DomainException notFound(String code, Object... args) {
		return new DomainException(HttpStatus.NOT_FOUND, code, args);
	}

	public static DomainException invalid(String code, Object... args) {
		return new DomainException(HttpStatus.BAD_REQUEST, code, args);
	}

	public static DomainException invalidField(String field, String code, Object... args) {
		return new DomainException(HttpStatus.BAD_REQUEST, List.of(new FieldProblem(field, code, args)), code, args);
	}

	public static DomainException conflict(String code, Object... args) {
		return new DomainException(HttpStatus.CONFLICT, code, args);
	}

	public static DomainException forbidden(String code, Object... args) {
		return new DomainException(HttpStatus.FORBIDDEN, code, args);
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args.clone();
	}

	public HttpStatus status() {
		return status;
	}

	public List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}

	/** One field's problem: the field, a message key and its arguments. */
	public record FieldProblem(String field, String code, Object... args) {
	}
}
