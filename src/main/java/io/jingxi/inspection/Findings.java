package io.jingxi.inspection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Findings extends JpaRepository<Finding, Long> {

	List<Finding> findByVisitIdOrderById(long visitId);
}
