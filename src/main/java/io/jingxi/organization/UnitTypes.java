package io.jingxi.organization;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitTypes extends JpaRepository<UnitType, String> {

	List<UnitType> findAllByOrderBySortOrderAscCodeAsc();
}
