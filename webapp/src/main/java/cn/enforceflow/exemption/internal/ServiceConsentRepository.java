package cn.enforceflow.exemption.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceConsentRepository extends JpaRepository<ServiceConsentEntity, String> {

}
