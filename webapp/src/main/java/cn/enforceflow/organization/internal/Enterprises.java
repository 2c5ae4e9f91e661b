package cn.enforceflow.organization.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface Enterprises extends JpaRepository<EnterpriseEntity, Long> {

	Optional<EnterpriseEntity> findByCreditCode(String creditCode);

	List<EnterpriseEntity> findByNameContainingOrderByName(String text, Limit limit);

}
