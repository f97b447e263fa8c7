package io.jingxi.calendar;

import java.util.List;

import org.springframework.http.HttpStatus;

import io.jingxi.shared.DomainException;
import io.jingxi.shared.DomainException.FieldProblem;

/** Refusals that list several field problems at once, so that domain classes need no HTTP types. */
final class Problems {

	private Problems() {
	}

	static DomainException invalid(String code, List<FieldProblem> problems) {
		return new DomainException(HttpStatus.BAD_REQUEST, problems, code);
	}
}
