package io.jingxi.inspection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Plans extends JpaRepository<InspectionPlan, Long>, JpaSpecificationExecutor<InspectionPlan> {

	@Query("select p.id from InspectionPlan p where p.status = io.jingxi.inspection.PlanStatus.ACTIVE order by p.id")
	List<Long> activeIds();
}
