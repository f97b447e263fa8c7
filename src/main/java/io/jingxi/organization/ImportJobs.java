package io.jingxi.organization;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportJobs extends JpaRepository<ImportJob, Long> {

	@Modifying
	@Query("update ImportJob j set j.processed = :processed where j.id = :id")
	int reportProgress(long id, int processed);
}
