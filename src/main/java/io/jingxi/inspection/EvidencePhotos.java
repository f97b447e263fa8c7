package io.jingxi.inspection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidencePhotos extends JpaRepository<EvidencePhoto, Long> {

	List<EvidencePhoto> findByVisitIdOrderByItemIdAscIdAsc(long visitId);

	List<EvidencePhoto> findByVisitIdAndItemIdOrderById(long visitId, long itemId);

	long countByVisitIdAndItemId(long visitId, long itemId);

	Optional<EvidencePhoto> findByIdAndVisitId(long id, long visitId);
}
