import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a SYNTHETIC victim list for the import benchmark: invented people, names drawn from
 * short tables in Persian and Latin script, Solar Hijri and Gregorian dates. Nothing in it is
 * real data. Run: java bench/SyntheticList.java ROWS OUT.csv
 */
public class SyntheticList {
    static final String[] GIVEN_FA = {"محمد", "علی", "حسین", "رضا", "مهدی", "حسن", "فاطمه", "زهرا", "مریم", "محمدرضا", "ابوالفضل", "جعفر"};
    static final String[] SURNAME_FA = {"احمدی", "محمدی", "حسینی", "رضایی", "کریمی", "قاسمی", "موسوی", "جعفری", "صادقی", "رحیمی", "نجفی", "امامی"};
    static final String[] GIVEN_LA = {"Mohammad", "Ali", "Hossein", "Reza", "Mahdi", "Hassan", "Fatemeh", "Zahra", "Maryam", "Mohammadreza", "Jafar", "Kazem"};
    static final String[] SURNAME_LA = {"Ahmadi", "Mohammadi", "Hosseini", "Rezaei", "Karimi", "Ghasemi", "Mousavi", "Jafari", "Sadeghi", "Rahimi", "Najafi", "Emami"};
    static final String[] CITY = {"تهران", "Tehran", "مشهد", "Mashhad", "تبریز", "Tabriz", "شیراز", "Shiraz", "رشت", "Rasht"};
    static final String[] PRISON = {"اوین", "Evin", "گوهردشت", "Gohardasht", "قزلحصار", "Ghezel Hesar"};
    static final String[] MONTH_FA = {"تیر", "مرداد", "شهریور", "مهر"};

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        SplittableRandom random = new SplittableRandom(1988);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("record_id,given_name,surname,father_name,birth_year,city,prison,death_date,notes\n");
            for (int i = 1; i <= rows; i++) {
                boolean persian = random.nextBoolean();
                String[] given = persian ? GIVEN_FA : GIVEN_LA;
                String[] surname = persian ? SURNAME_FA : SURNAME_LA;
                String father = random.nextInt(3) == 0 ? "" : given[random.nextInt(given.length)];
                String born = random.nextInt(4) == 0 ? "" : persian ? String.valueOf(1320 + random.nextInt(30)) : String.valueOf(1941 + random.nextInt(30));
                String died = switch (random.nextInt(4)) {
                    case 0 -> "";
                    case 1 -> String.format("1367/%02d/%02d", 4 + random.nextInt(3), 1 + random.nextInt(30));
                    case 2 -> MONTH_FA[random.nextInt(MONTH_FA.length)] + " 1367";
                    default -> String.format("1988-%02d-%02d", 7 + random.nextInt(3), 1 + random.nextInt(28));
                };
                String notes = random.nextInt(5) == 0 ? "\"synthetic record, son of " + GIVEN_LA[random.nextInt(GIVEN_LA.length)] + "\"" : "";
                w.write("S" + i + "," + given[random.nextInt(given.length)] + "," + surname[random.nextInt(surname.length)] + ","
                        + father + "," + born + "," + CITY[random.nextInt(CITY.length)] + ","
                        + (random.nextBoolean() ? PRISON[random.nextInt(PRISON.length)] : "") + "," + died + "," + notes + "\n");
            }
        }
    }
}
