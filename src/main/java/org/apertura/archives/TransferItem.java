package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a transfer's inventory. */
@Entity
@Table(name = "archives_transfer_item")
public class TransferItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long transferId;
    private Long fileId;
    private int position;

    protected TransferItem() {
    }

    TransferItem(Long transferId, Long fileId, int position) {
        this.transferId = transferId;
        this.fileId = fileId;
        this.position = position;
    }

    public Long getFileId() {
        return fileId;
    }

    public int getPosition() {
        return position;
    }
}
