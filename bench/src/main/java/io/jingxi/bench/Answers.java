package io.jingxi.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A visit's answers as an inspector gives them on the phone, drawn the way the history generator draws
 * them in SQL: each item fails with the visit's failure rate times the item's difficulty (critical
 * items an eighth as often), items that allow it are N/A now and then, measured items read a value
 * from their good or bad range, failed points items get a part of their points, most failures carry
 * a note. {@link #photoItems} says which items the visit's photos go to: every failed item that needs
 * one first, then other failed items, then any.
 */
final class Answers {

	static final double NA_RATE = 0.06;

	static final double CRITICAL_FACTOR = 0.125;

	static final double NOTE_RATE = 0.7;

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private Answers() {
	}

	/** One answer, as the PUT /answers body names its fields. */
	record Answer(long itemId, Boolean compliant, BigDecimal value, boolean notApplicable, String note,
			boolean failed) {

		Map<String, Object> body() {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("itemId", itemId);
			if (notApplicable) {
				body.put("notApplicable", true);
			}
			else if (compliant != null) {
				body.put("compliant", compliant);
			}
			else {
				body.put("value", value);
			}
			if (note != null) {
				body.put("note", note);
			}
			return body;
		}
	}

	/**
	 * Answers to every item of the version. With {@code maxPhotoFailures} at 0 or more, draws again until
	 * at most that many failed items need a photo (a visit that must upload exactly five photos).
	 */
	static List<Answer> draw(Checklist.Version version, double failureRate, Random random, int maxPhotoFailures) {
		while (true) {
			List<Answer> answers = new ArrayList<>();
			int photoFailures = 0;
			for (Checklist.VersionItem item : version.items()) {
				Answer answer = answer(item, failureRate, random);
				answers.add(answer);
				if (answer.failed() && item.spec().photoRequired()) {
					photoFailures++;
				}
			}
			if (maxPhotoFailures < 0 || photoFailures <= maxPhotoFailures) {
				return answers;
			}
		}
	}

	static Answer answer(Checklist.VersionItem item, double failureRate, Random random) {
		Checklist.Item spec = item.spec();
		if (spec.naAllowed() && random.nextDouble() < NA_RATE) {
			return new Answer(item.id(), null, null, true, null, false);
		}
		double rate = failureRate * spec.difficulty() * (spec.critical() ? CRITICAL_FACTOR : 1);
		boolean fail = random.nextDouble() < rate;
		String note = fail && random.nextDouble() < NOTE_RATE ? Checklist.NOTES.get(random.nextInt(Checklist.NOTES.size()))
				: null;
		return switch (spec.answerType()) {
			case "YES_NO" -> new Answer(item.id(), !fail, null, false, note, fail);
			case "POINTS" -> {
				// a failed points item gets 0 to full less a half point, in half points
				BigDecimal value = fail ? HALF.multiply(BigDecimal.valueOf(random.nextInt(spec.points().intValue() * 2)))
						: spec.points();
				yield new Answer(item.id(), null, value, false, note, fail);
			}
			case "MEASURED" -> {
				double[] range = fail ? spec.bad() : spec.good();
				BigDecimal value = BigDecimal.valueOf(range[0] + random.nextDouble() * (range[1] - range[0]))
					.setScale(1, RoundingMode.HALF_UP);
				yield new Answer(item.id(), null, value, false, note, fail);
			}
			default -> throw new IllegalStateException(spec.answerType());
		};
	}

	/** The items {@code count} photos go to: failed items that need one, other failed items, then any, in order. */
	static List<Long> photoItems(Checklist.Version version, List<Answer> answers, int count) {
		Set<Long> failed = new LinkedHashSet<>();
		Set<Long> needed = new LinkedHashSet<>();
		for (int i = 0; i < answers.size(); i++) {
			if (answers.get(i).failed()) {
				failed.add(answers.get(i).itemId());
				if (version.items().get(i).spec().photoRequired()) {
					needed.add(answers.get(i).itemId());
				}
			}
		}
		List<Long> result = new ArrayList<>(needed);
		for (long id : failed) {
			if (result.size() < count && !result.contains(id)) {
				result.add(id);
			}
		}
		for (int i = 0; result.size() < count; i++) {
			result.add(version.items().get(i % version.items().size()).id());
		}
		return result.subList(0, Math.max(count, needed.size()));
	}
}
