package io.jingxi.standard;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;

import io.jingxi.shared.DomainException;
import io.jingxi.shared.DomainException.FieldProblem;

/**
 * Collects every problem of a submitted draft or a visit's answers, each under its field's path
 * ({@code sections[0].items[2].deduction}, {@code answers[3]}), so that one answer lists them all.
 */
final class FieldProblems {

	private final List<FieldProblem> problems = new ArrayList<>();

	void add(String field, String code, Object... args) {
		problems.add(new FieldProblem(field, code, args));
	}

	void addAll(String prefix, List<FieldProblem> more) {
		more.forEach(p -> problems.add(new FieldProblem(prefix + p.field(), p.code(), p.args())));
	}

	boolean isEmpty() {
		return problems.isEmpty();
	}

	List<FieldProblem> list() {
		return List.copyOf(problems);
	}

	/** Refuses a draft with every problem collected (400; the detail says how many there are). */
	void throwIfAny() {
		throwIfAny("standard.draft.invalid", problems.size());
	}

	/** Refuses the request with every problem collected, under the given message. */
	void throwIfAny(String code, Object... args) {
		if (!problems.isEmpty()) {
			throw new DomainException(HttpStatus.BAD_REQUEST, problems, code, args);
		}
	}
}
