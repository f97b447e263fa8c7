package io.jingxi.organization;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How people's roles, statuses, positions and dates are written in Excel: the Chinese label first
 * (what exports and templates write), and the other spellings an import accepts.
 */
final class PersonLabels {

	private static final Map<UnitRole, List<String>> ROLES = Map.of(
			UnitRole.MEMBER, List.of("成员", "组员", "Member"),
			UnitRole.TEAM_LEADER, List.of("班组长", "组长", "Team leader"),
			UnitRole.MANAGER, List.of("负责人", "经理", "Manager"));

	private static final Map<PersonStatus, List<String>> STATUSES = Map.of(
			PersonStatus.ACTIVE, List.of("在岗", "在职", "Active"),
			PersonStatus.ON_LEAVE, List.of("休假", "请假", "On leave"),
			PersonStatus.LEFT, List.of("离职", "Left"));

	private static final Pattern POSITION_SEPARATORS = Pattern.compile("[、,，;；/\\n]+");

	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(T.*)?");

	private PersonLabels() {
	}

	static String label(UnitRole role) {
		return ROLES.get(role).get(0);
	}

	static String label(PersonStatus status) {
		return STATUSES.get(status).get(0);
	}

	static List<String> roleLabels() {
		return Arrays.stream(UnitRole.values()).map(PersonLabels::label).toList();
	}

	static List<String> statusLabels() {
		return Arrays.stream(PersonStatus.values()).map(PersonLabels::label).toList();
	}

	static @Nullable UnitRole role(String text) {
		return find(UnitRole.values(), ROLES, text);
	}

	static @Nullable PersonStatus status(String text) {
		return find(PersonStatus.values(), STATUSES, text);
	}

	static List<String> positions(String text) {
		return PersonDetails.normalizePositions(List.of(POSITION_SEPARATORS.split(text)));
	}

	/** A date written as 2024-03-01, 2024/3/1, 2024.3.1 or 2024年3月1日; null when it is none of these. */
	static @Nullable LocalDate date(String text) {
		Matcher m = DATE.matcher(text.strip());
		if (!m.matches()) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E find(E[] values, Map<E, List<String>> labels, String text) {
		String t = text.strip();
		for (E value : values) {
			if (value.name().equalsIgnoreCase(t)
					|| labels.get(value).stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT)))) {
				return value;
			}
		}
		return null;
	}
}
