package io.jingxi.inspection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppealPolicies extends JpaRepository<AppealPolicyVersion, Long> {

	Optional<AppealPolicyVersion> findFirstByOrderByVersionDesc();

	List<AppealPolicyVersion> findAllByOrderByVersionDesc();
}
