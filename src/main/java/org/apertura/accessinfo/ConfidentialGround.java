package org.apertura.accessinfo;

import org.apertura.platform.web.Labels;

/**
 * Why information is confidential (LGTAIP 2025 art. 115), stated by the committee when it confirms it; none of them
 * has a term (¶2), but the last one lasts only as long as the proceeding: "Se considera confidencial el pronunciamiento
 * sobre la existencia o inexistencia de quejas, denuncias y/o procedimientos administrativos seguidos en contra de
 * personas servidoras públicas y particulares que se encuentren en trámite o no hayan concluido con una sanción
 * firme" (¶5).
 */
@Labels("accessinfo.confidentialGround")
public enum ConfidentialGround {
    /** Personal data of an identified or identifiable person (¶1). */
    PERSONAL_DATA,
    /** Banking, fiduciary, industrial, commercial, tax, stock-market and postal secrets of private parties (¶3). */
    SECRETS,
    /** What private parties handed over with the right to have it kept confidential (¶4). */
    SUPPLIED_BY_PRIVATE_PARTIES,
    /** Whether complaints or proceedings against public servants or private parties exist, while pending (¶5). */
    PENDING_PROCEEDINGS
}
