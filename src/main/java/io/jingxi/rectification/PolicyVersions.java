package io.jingxi.rectification;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyVersions extends JpaRepository<PolicyVersion, Integer> {

	Optional<PolicyVersion> findFirstByOrderByVersionDesc();
}
