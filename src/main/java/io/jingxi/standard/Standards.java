package io.jingxi.standard;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Standards extends JpaRepository<Standard, Long>, JpaSpecificationExecutor<Standard> {

	Optional<Standard> findByCode(String code);

	boolean existsByCode(String code);
}
