package io.jingxi.inspection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Visits extends JpaRepository<Visit, Long>, JpaSpecificationExecutor<Visit> {
}
