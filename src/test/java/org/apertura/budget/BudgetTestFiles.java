package org.apertura.budget;

import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;

/** Files and accounts for the budget tests. */
final class BudgetTestFiles {

    static final String HEADER = "UR,PROGRAMA,NOMBRE_PROGRAMA,PARTIDA,TIPO_GASTO,FUNCION,FUENTE,APROBADO,AMPLIACIONES,"
            + "REDUCCIONES,MODIFICADO,COMPROMETIDO,DEVENGADO,EJERCIDO,PAGADO\n";

    private BudgetTestFiles() {
    }

    /** A good quarter: three lines, one of which pays more than it exercised (a warning, not an error). */
    static String goodQuarter() {
        return HEADER
                + "201,E-017,Compras abiertas,21101,1,1.3.4,11,\"1,000,000.00\",\"$50 000.00\",\"(20,000.00)\",\"1,030,000.00\",500000,400000,380000,360000\n"
                + "201,E-017,Compras abiertas,33601,1,1.3.4,11,\"$2,000,000.00\",0,0,\"2,000,000.00\",900000,800000,700000,750000\n"
                + "300,K-005,Caminos,61501,2,3.5.1,25,\"5,000,000.00\",0,0,\"5,000,000.00\",\"4,000,000.00\",\"3,000,000.00\",\"2,000,000.00\",\"1,000,000.00\"\n";
    }

    /** An account holding BUDGET of the institution and its bearer token. */
    static String budgetToken(AccountService accounts, String slug) {
        Account account = TestAccounts.person(accounts, "Presupuesto " + slug);
        SystemActor.run(() -> accounts.grant(account.getId(), Role.BUDGET, slug, null));
        return accounts.createToken(account.getId(), "presupuesto").secret();
    }
}
