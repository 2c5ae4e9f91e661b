package cn.enforceflow.exemption.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.enforceflow.exemption.ExemptionStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExemptionRepository extends JpaRepository<ExemptionEntity, Long> {

	Optional<ExemptionEntity> findByCaseNumber(String caseNumber);

	/**
	 * The established violations of a matter by an enterprise committed in a window: an
	 * exemption granted, or a penalty decided in the general procedure.
	 */
	@Query("""
			select e from ExemptionEntity e
			where e.enterpriseCreditCode = :enterprise and e.matter.code = :matter
			  and e.violationOn >= :from and e.violationOn < :to
			  and (e.approvedOn is not null or e.penaltyDecidedOn is not null)
			order by e.violationOn, e.id""")
	List<ExemptionEntity> established(@Param("enterprise") String enterprise, @Param("matter") String matter,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

	List<ExemptionEntity> findByDepartmentCodeOrderByIdDesc(String departmentCode, Pageable page);

	List<ExemptionEntity> findByDepartmentCodeAndStatusOrderByIdDesc(String departmentCode, ExemptionStatus status,
			Pageable page);

	List<ExemptionEntity> findByEnterpriseCreditCodeAndStatusInOrderByIdDesc(String creditCode,
			Collection<ExemptionStatus> statuses, Pageable page);

	@Query("select e from ExemptionEntity e where e.publishedOn is not null order by e.publishedOn desc, e.id desc")
	List<ExemptionEntity> published(Pageable page);

	Optional<ExemptionEntity> findByDecisionDocumentId(String documentId);

}
