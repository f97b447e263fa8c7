package io.jingxi.standard;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StandardImportJobs extends JpaRepository<StandardImportJob, Long> {

	@Modifying
	@Query("update StandardImportJob j set j.processed = :processed where j.id = :id")
	int reportProgress(long id, int processed);
}
