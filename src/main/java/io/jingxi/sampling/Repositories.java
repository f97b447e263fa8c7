package io.jingxi.sampling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The module's repositories, one per aggregate. */
final class Repositories {

	private Repositories() {
	}
}

interface SamplingItems extends JpaRepository<SamplingItem, Long>, JpaSpecificationExecutor<SamplingItem> {

	boolean existsByCode(String code);
}

interface InspectionStreams extends JpaRepository<InspectionStream, Long>, JpaSpecificationExecutor<InspectionStream> {

	Optional<InspectionStream> findByUnitIdAndVendorIdAndItemIdAndDefectClassAndAql(long unitId, long vendorId,
			long itemId, DefectClass defectClass, String aql);
}

interface SeveritySwitches extends JpaRepository<SeveritySwitch, Long> {

	List<SeveritySwitch> findByStreamIdOrderByAtDescIdDesc(long streamId);

	List<SeveritySwitch> findByLotIdOrderByIdAsc(long lotId);
}

interface Lots extends JpaRepository<Lot, Long>, JpaSpecificationExecutor<Lot> {

	/**
	 * Lots per supplier and item within the given units (all units when {@code all}), newest
	 * delivery first: the overview list.
	 */
	@Query(value = """
			select new io.jingxi.sampling.SamplingViews$PairCounts(l.vendorId, l.itemId, count(l),
			  sum(case when l.decision = io.jingxi.sampling.LotDecision.ACCEPTED then 1 else 0 end), max(l.receivedAt))
			from Lot l where (:all = true or l.unitId in :unitIds)
			group by l.vendorId, l.itemId order by max(l.receivedAt) desc, l.vendorId, l.itemId""",
			countQuery = """
					select count(distinct concat(cast(l.vendorId as String), '-', cast(l.itemId as String))) from Lot l
					where (:all = true or l.unitId in :unitIds)""")
	Page<SamplingViews.PairCounts> countByVendorAndItem(@Param("all") boolean all,
			@Param("unitIds") Collection<Long> unitIds, Pageable page);

	/** Lots of one supplier and item received since a moment within the given units, for the trend. */
	@Query("""
			select l.receivedAt, l.decision from Lot l
			where l.vendorId = :vendorId and l.itemId = :itemId and l.receivedAt >= :since
			  and (:all = true or l.unitId in :unitIds)""")
	List<Object[]> receivedSince(@Param("vendorId") long vendorId, @Param("itemId") long itemId,
			@Param("since") Instant since, @Param("all") boolean all, @Param("unitIds") Collection<Long> unitIds);
}

interface LotPhotos extends JpaRepository<LotPhoto, Long> {

	List<LotPhoto> findByLotIdOrderByIdAsc(long lotId);

	long countByLotId(long lotId);

	Optional<LotPhoto> findByIdAndLotId(long id, long lotId);
}
