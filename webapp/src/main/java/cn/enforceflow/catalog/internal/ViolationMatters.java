package cn.enforceflow.catalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.enforceflow.catalog.DiscretionList;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ViolationMatters extends JpaRepository<ViolationMatterEntity, Long> {

	Optional<ViolationMatterEntity> findByCode(String code);

	List<ViolationMatterEntity> findByCodeIn(Collection<String> codes);

	/** A catalog has hundreds of matters, not millions: no paging. */
	@Query("""
			select m from ViolationMatterEntity m
			where (:department is null or m.departmentCode = :department)
			and (:list is null or m.discretionList = :list)
			order by m.departmentCode, m.code""")
	List<ViolationMatterEntity> search(@Param("department") String department, @Param("list") DiscretionList list);

}
