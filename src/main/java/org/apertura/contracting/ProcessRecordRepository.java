package org.apertura.contracting;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessRecordRepository extends JpaRepository<ProcessRecord, String> {
}
