package io.jingxi.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.jingxi.shared.DomainException;

/**
 * A reporting period (统计期间): a month (2026-11), a quarter (2026-Q4) or a year (2026) of the
 * calendar in China Standard Time. Validates itself; a malformed text is a 400 on the field
 * {@code period}.
 *
 * @param kind month, quarter or year
 * @param year the calendar year (the API takes 2000–2099; earlier ones are reached only by going back)
 * @param number the month (1–12), the quarter (1–4), or 1 for a year
 */
record Period(PeriodKind kind, int year, int number) implements Comparable<Period> {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(\\d{2})|-[Qq]([1-4]))?");

	static final int MIN_YEAR = 2000;

	static final int MAX_YEAR = 2099;

	Period {
		int max = switch (kind) {
			case MONTH -> 12;
			case QUARTER -> 4;
			case YEAR -> 1;
		};
		if (year < 1 || year > 9999 || number < 1 || number > max) {
			throw new IllegalArgumentException("No such " + kind + ": " + year + "/" + number);
		}
	}

	/** Reads 2026-11, 2026-Q4 or 2026; anything else is refused naming the parameter. */
	static Period parse(String text, String parameter) {
		Matcher match = TEXT.matcher(text.strip());
		if (match.matches()) {
			int year = Integer.parseInt(match.group(1));
			if (year >= MIN_YEAR && year <= MAX_YEAR) {
				if (match.group(2) != null) {
					int month = Integer.parseInt(match.group(2));
					if (month >= 1 && month <= 12) {
						return new Period(PeriodKind.MONTH, year, month);
					}
				}
				else if (match.group(3) != null) {
					return new Period(PeriodKind.QUARTER, year, Integer.parseInt(match.group(3)));
				}
				else {
					return new Period(PeriodKind.YEAR, year, 1);
				}
			}
		}
		throw DomainException.invalidField(parameter, "reporting.period.invalid", text);
	}

	static Period month(YearMonth month) {
		return new Period(PeriodKind.MONTH, month.getYear(), month.getMonthValue());
	}

	/** The period of the given kind that holds the day. */
	static Period of(PeriodKind kind, LocalDate day) {
		return switch (kind) {
			case MONTH -> new Period(kind, day.getYear(), day.getMonthValue());
			case QUARTER -> new Period(kind, day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
			case YEAR -> new Period(kind, day.getYear(), 1);
		};
	}

	/** The keys of the month, quarter and year that hold the day: the rows a visit of that day counts in. */
	static List<String> keysOf(LocalDate day) {
		return List.of(of(PeriodKind.MONTH, day).key(), of(PeriodKind.QUARTER, day).key(),
				of(PeriodKind.YEAR, day).key());
	}

	/** 2026-11, 2026-Q4 or 2026: the text the API takes and the read model's key. */
	String key() {
		return switch (kind) {
			case MONTH -> "%04d-%02d".formatted(year, number);
			case QUARTER -> "%04d-Q%d".formatted(year, number);
			case YEAR -> "%04d".formatted(year);
		};
	}

	YearMonth firstMonth() {
		return switch (kind) {
			case MONTH -> YearMonth.of(year, number);
			case QUARTER -> YearMonth.of(year, (number - 1) * 3 + 1);
			case YEAR -> YearMonth.of(year, 1);
		};
	}

	YearMonth lastMonth() {
		return switch (kind) {
			case MONTH -> YearMonth.of(year, number);
			case QUARTER -> YearMonth.of(year, number * 3);
			case YEAR -> YearMonth.of(year, 12);
		};
	}

	LocalDate from() {
		return firstMonth().atDay(1);
	}

	LocalDate to() {
		return lastMonth().atEndOfMonth();
	}

	/** The period {@code n} periods of the same kind before this one. */
	Period minus(int n) {
		return switch (kind) {
			case MONTH -> month(YearMonth.of(year, number).minusMonths(n));
			case QUARTER -> {
				int index = year * 4 + (number - 1) - n;
				yield new Period(kind, Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
			}
			case YEAR -> new Period(kind, year - n, 1);
		};
	}

	Period previous() {
		return minus(1);
	}

	/** The {@code count} periods of this kind ending with this one, oldest first. */
	List<Period> lastPeriods(int count) {
		List<Period> periods = new ArrayList<>();
		for (int n = count - 1; n >= 0; n--) {
			periods.add(minus(n));
		}
		return periods;
	}

	/** The {@code count} months ending with this period's last month, oldest first. */
	List<Period> lastMonths(int count) {
		return month(lastMonth()).lastPeriods(count);
	}

	@Override
	public int compareTo(Period other) {
		return from().compareTo(other.from());
	}

	@Override
	public String toString() {
		return key();
	}
}
