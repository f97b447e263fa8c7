package io.jingxi.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.jingxi.inspection.InspectionKind;
import io.jingxi.inspection.KindWeights;

/**
 * The stored score of each unit per period (rep_unit_score), combined from the pre-aggregate per kind
 * (rep_unit_period) by {@link UnitScore#combine} with the weights of a recorded version. The event
 * handlers store it as they move the pre-aggregate; a ranking only reads it, one row per unit and
 * period, and recombines (and stores again) the rows of an older weights version it comes across.
 */
@Component
class UnitScores {

	/** The version a score row carries between its creation and its first combination in a transaction. */
	private static final int UNCOMBINED = -1;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	UnitScores(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Creates the unit's score row for the period if needed and locks it until the transaction ends:
	 * every change of the unit's rows in that period happens under this lock, so the kinds read by
	 * {@link #combine} afterwards are the committed ones.
	 */
	void lock(String period, long unitId) {
		jdbc.sql("""
				insert into rep_unit_score (period, unit_id, visits, counted_visits, score, weights_version)
				values (:period, :unit, 0, 0, null, :uncombined) on conflict do nothing""")
			.param("period", period)
			.param("unit", unitId)
			.param("uncombined", UNCOMBINED)
			.update();
		jdbc.sql("select visits from rep_unit_score where period = :period and unit_id = :unit for update")
			.param("period", period)
			.param("unit", unitId)
			.query(Integer.class)
			.single();
	}

	/** Combines the unit's kinds in the period by the weights and stores the result (call under {@link #lock}). */
	void combine(String period, long unitId, KindWeights weights) {
		List<KindStats> kinds = kinds(period, List.of(unitId)).getOrDefault(unitId, List.of());
		Optional<UnitScore> score = UnitScore.combine(kinds, weights);
		jdbc.sql("""
				update rep_unit_score set visits = :visits, counted_visits = :counted, score = :score,
				  weights_version = :version
				where period = :period and unit_id = :unit""")
			.param("visits", kinds.stream().mapToInt(KindStats::visits).sum())
			.param("counted", score.map(UnitScore::visits).orElse(0))
			.param("score", score.map(UnitScore::score).orElse(null), java.sql.Types.NUMERIC)
			.param("version", weights.version())
			.param("period", period)
			.param("unit", unitId)
			.update();
	}

	/** Recombines and stores the given units' scores in the period by the weights, in a transaction of its own. */
	void recombine(String period, Collection<Long> unitIds, KindWeights weights) {
		transaction.executeWithoutResult(status -> {
			for (long unitId : unitIds.stream().sorted().toList()) {
				lock(period, unitId);
				combine(period, unitId, weights);
			}
		});
	}

	/**
	 * Every unit's score in each period, by period and unit, combined by the given weights. Reads one
	 * row per unit and period through the primary key; rows stored with another weights version are
	 * recombined from their kinds and stored again first. Call it outside a transaction: the
	 * recombination takes one of its own.
	 */
	Map<String, Map<Long, UnitScore>> read(Collection<String> periods, KindWeights weights) {
		Map<String, Map<Long, UnitScore>> scores = new HashMap<>();
		Map<String, List<Long>> stale = new HashMap<>();
		periods.forEach(period -> scores.put(period, new HashMap<>()));
		if (periods.isEmpty()) {
			return scores;
		}
		jdbc.sql("""
				select period, unit_id, score, counted_visits, weights_version from rep_unit_score
				where period in (:periods) and (score is not null or weights_version <> :version)""")
			.param("periods", List.copyOf(periods))
			.param("version", weights.version())
			.query(rs -> {
				String period = rs.getString(1);
				long unit = rs.getLong(2);
				BigDecimal score = rs.getBigDecimal(3);
				if (rs.getInt(5) != weights.version()) {
					stale.computeIfAbsent(period, key -> new ArrayList<>()).add(unit);
				}
				else if (score != null) {
					scores.get(period).put(unit, new UnitScore(score, rs.getInt(4), List.of()));
				}
			});
		stale.forEach((period, units) -> {
			recombine(period, units, weights);
			Map<Long, List<KindStats>> kinds = kinds(period, units);
			for (long unit : units) {
				UnitScore.combine(kinds.getOrDefault(unit, List.of()), weights)
					.ifPresent(score -> scores.get(period).put(unit, score));
			}
		});
		return scores;
	}

	/** The units' rows per kind in the period (for "why this number" and for combining). */
	Map<Long, List<KindStats>> kinds(String period, Collection<Long> unitIds) {
		Map<Long, List<KindStats>> kinds = new HashMap<>();
		if (unitIds.isEmpty()) {
			return kinds;
		}
		jdbc.sql("""
				select unit_id, kind, visits, total_sum from rep_unit_period
				where period = :period and unit_id in (:units) and visits > 0""")
			.param("period", period)
			.param("units", List.copyOf(unitIds))
			.query(rs -> {
				kinds.computeIfAbsent(rs.getLong(1), unit -> new ArrayList<>(2))
					.add(new KindStats(InspectionKind.valueOf(rs.getString(2)), rs.getInt(3), rs.getBigDecimal(4)));
			});
		return kinds;
	}
}
