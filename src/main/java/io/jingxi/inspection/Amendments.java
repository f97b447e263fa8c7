package io.jingxi.inspection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Amendments extends JpaRepository<Amendment, Long> {

	List<Amendment> findByVisitIdOrderByAmendedAtAscIdAsc(long visitId);
}
