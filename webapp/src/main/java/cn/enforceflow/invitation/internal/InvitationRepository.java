package cn.enforceflow.invitation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.enforceflow.invitation.Handover;
import cn.enforceflow.invitation.InvitationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository
		extends JpaRepository<InvitationEntity, Long>, JpaSpecificationExecutor<InvitationEntity> {

	Optional<InvitationEntity> findByTrackingNumber(String trackingNumber);

	List<InvitationEntity> findByEnterpriseCreditCodeAndStatusIn(String enterpriseCreditCode,
			Collection<InvitationStatus> statuses);

	/** Visits recorded for the enterprise on or after a day, by any department. */
	@Query("select count(i) from InvitationEntity i where i.enterpriseCreditCode = ?1 and i.held.inspectedOn >= ?2")
	long countInspectedSince(String enterpriseCreditCode, LocalDate since);

	@Query("select f from FindingEntity f join fetch f.invitation i where f.handover = ?1 and i.departmentCode in ?2"
			+ " order by f.handedOverAt desc, f.id desc")
	List<FindingEntity> findHandedOver(Handover handover, Collection<String> departmentCodes);

	@Query("select f from FindingEntity f join fetch f.invitation where f.id = ?1")
	Optional<FindingEntity> findFinding(long id);

}
