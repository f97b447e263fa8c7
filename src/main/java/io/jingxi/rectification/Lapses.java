package io.jingxi.rectification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Lapses extends JpaRepository<LapseRecord, Long> {

	/** The standing lapses of a clause by a unit from {@code after} (exclusive) up to {@code until}. */
	@Query("""
			select l from LapseRecord l where l.unitId = :unitId and l.clause = :clause and l.overturned = false
			and l.recordedAt > :after and l.recordedAt <= :until""")
	List<LapseRecord> ofUnit(long unitId, String clause, Instant after, Instant until);

	/** The standing lapses of a clause by a person from {@code after} (exclusive) up to {@code until}. */
	@Query("""
			select l from LapseRecord l where l.personId = :personId and l.clause = :clause and l.overturned = false
			and l.recordedAt > :after and l.recordedAt <= :until""")
	List<LapseRecord> ofPerson(long personId, String clause, Instant after, Instant until);
}
