package io.jingxi.organization;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Vendors extends JpaRepository<Vendor, Long>, JpaSpecificationExecutor<Vendor> {

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, Long id);
}
