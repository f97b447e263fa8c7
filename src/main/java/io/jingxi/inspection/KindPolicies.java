package io.jingxi.inspection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface KindPolicies extends JpaRepository<KindPolicy, Integer> {

	Optional<KindPolicy> findTopByOrderByVersionDesc();

	List<KindPolicy> findAllByOrderByVersionDesc();
}
