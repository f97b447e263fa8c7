package io.jingxi.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.jingxi.shared.DomainException;
import io.jingxi.shared.DomainException.FieldProblem;

/**
 * 密码策略: at least 8 and at most 64 characters, letters and digits, not the username, not a
 * well-known password.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;
	static final int MAX_LENGTH = 64;

	private static final Set<String> COMMON = Set.of("password", "password1", "12345678", "123456789", "1234567890",
			"qwerty123", "abc12345", "a1234567", "admin123", "11111111", "88888888", "00000000", "iloveyou1",
			"woaini1314", "1qaz2wsx", "qwertyuiop", "jingxi123");

	private PasswordPolicy() {
	}

	static void check(String field, String username, String password) {
		List<FieldProblem> problems = new ArrayList<>();
		if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			problems.add(new FieldProblem(field, "identity.password.length", MIN_LENGTH, MAX_LENGTH));
		}
		if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
			problems.add(new FieldProblem(field, "identity.password.lettersAndDigits"));
		}
		var lower = password.toLowerCase(Locale.ROOT);
		if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			problems.add(new FieldProblem(field, "identity.password.containsUsername"));
		}
		if (COMMON.contains(lower)) {
			problems.add(new FieldProblem(field, "identity.password.common"));
		}
		if (!problems.isEmpty()) {
			throw new DomainException(org.springframework.http.HttpStatus.BAD_REQUEST, problems,
					"identity.password.policy");
		}
	}
}
