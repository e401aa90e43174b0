package org.apertura.archives;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HoldRepository extends JpaRepository<Hold, Long> {

    List<Hold> findByFileIdInAndLiftedOnIsNull(Collection<Long> fileIds);

    List<Hold> findByFileIdOrderByPlacedOnDesc(Long fileId);

    List<Hold> findBySourceKeyIn(Collection<String> sourceKeys);

    /** Which of these source keys a hold has, placed or lifted. */
    @Query("select distinct h.sourceKey from Hold h where h.sourceKey in ?1")
    List<String> sourceKeysIn(Collection<String> sourceKeys);

    /** The source keys of the holds placed by a request, appeal or inconformidad, placed or lifted, the first few. */
    @Query("select distinct h.sourceKey from Hold h where h.sourceKey like 'request:%' or h.sourceKey like 'appeal:%' "
            + "or h.sourceKey like 'inconformity:%' order by h.sourceKey")
    List<String> accessSourceKeys(org.springframework.data.domain.Pageable first);

    /** The source keys of the holds placed by an access request or appeal and not lifted. */
    @Query("select distinct h.sourceKey from Hold h where h.sourceKey is not null and h.liftedOn is null")
    List<String> findActiveSourceKeys();
}
