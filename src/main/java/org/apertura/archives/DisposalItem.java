package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a disposal's inventory (inventario de baja documental). */
@Entity
@Table(name = "archives_disposal_item")
public class DisposalItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long disposalId;
    private Long fileId;
    private int position;

    protected DisposalItem() {
    }

    DisposalItem(Long disposalId, Long fileId, int position) {
        this.disposalId = disposalId;
        this.fileId = fileId;
        this.position = position;
    }

    public Long getFileId() {
        return fileId;
    }
}
