package org.yadman.linkage.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The phonetic key and the dictionary against a table of true variants (spellings of one
 * name) and of similar but different names. Reports recall (variants that share a key) and
 * false-merge rate (different names that share one), for the rules alone and with the
 * dictionary, and asserts what each reaches.
 */
class NameVariantsTest {

    /** Spellings of one name, in Persian and Latin script, as lists write them. */
    static final List<List<String>> VARIANTS = List.of(
        List.of("حسین", "Hossein", "Hosein", "Hussein", "Husayn", "Hussain", "Hosseyn", "HUSSAYN", "Husein"),
        List.of("غلامرضا", "Gholamreza", "Qolamreza", "Gholam-Reza", "Gholam Reza", "غلام رضا", "غلام‌رضا"),
        List.of("جعفر", "Jafar", "Ja'far", "Djafar", "Jaafar", "جعفر"),
        List.of("محمد", "Mohammad", "Mohamad", "Muhammad", "Mohammed", "Mohamed", "Muhamad"),
        List.of("محمود", "Mahmoud", "Mahmood", "Mahmud"),
        List.of("حسن", "Hassan", "Hasan"),
        List.of("علیرضا", "Alireza", "Ali Reza", "Ali-Reza", "علی رضا", "علی‌رضا"),
        List.of("محمدرضا", "Mohammadreza", "Mohammad Reza", "Mohammad-Reza", "محمد رضا"),
        List.of("قاسم", "Ghasem", "Qasem", "Qassem", "Ghassem", "Qasim"),
        List.of("کاظم", "Kazem", "Kazim", "كاظم"),
        List.of("جواد", "Javad", "Jawad", "Djavad"),
        List.of("رسول", "Rasoul", "Rasool", "Rasul"),
        List.of("یوسف", "Yousef", "Yusuf", "Youssef", "Yousof", "يوسف"),
        List.of("فاطمه", "Fatemeh", "Fateme", "Fatima", "Fatemah"),
        List.of("معصومه", "Masoumeh", "Massoumeh", "Masumeh", "Masoume"),
        List.of("داریوش", "Dariush", "Daryoush", "Dariyoush"),
        List.of("منوچهر", "Manouchehr", "Manuchehr", "Manoochehr"),
        List.of("اسماعیل", "Esmail", "Ismail", "Esmaeil", "اسماعيل"),
        List.of("ابوالفضل", "Abolfazl", "Abulfazl", "Abol-Fazl"),
        List.of("هدایت‌الله", "Hedayatollah", "Hedayat-ollah", "Hedayatullah", "هدایتالله"),
        List.of("مهدی", "Mehdi", "Mahdi", "مهدي"),
        List.of("ابراهیم", "Ebrahim", "Ibrahim"),
        List.of("ایرج", "Iraj"),
        List.of("زهره", "Zohreh", "Zohre"),
        List.of("محمدی", "Mohammadi", "Muhammadi", "Mohamadi", "MOHAMMADI"),
        List.of("حسینی", "Hosseini", "Hoseini", "Husseini"),
        List.of("رضایی", "Rezaei", "Rezaee", "Rezai", "Rezayi", "رضايي"),
        List.of("قاسمی", "Ghasemi", "Ghassemi", "Qasemi"),
        List.of("جعفری", "Jafari", "Jaafari", "Ja'fari", "Djafari"),
        List.of("کاظمی", "Kazemi", "Kazimi", "كاظمي"),
        List.of("موسوی", "Mousavi", "Musavi", "Moosavi", "Moussavi"),
        List.of("محمدپور", "Mohammadpour", "Mohammad-Pour", "Mohamadpur", "محمد پور"),
        List.of("تهرانی", "Tehrani", "Teherani"),
        List.of("اصفهانی", "Esfahani", "Isfahani"),
        List.of("توکلی", "Tavakoli", "Tavakkoli"),
        List.of("منصوری", "Mansouri", "Mansuri"));

    /** Similar but different names: must not share a key. */
    static final List<List<String>> DIFFERENT = List.of(
        List.of("Hossein", "Hassan"), List.of("حسین", "حسن"), List.of("Hosseini", "Hassani"),
        List.of("Mohammad", "Mahmoud"), List.of("محمد", "محمود"), List.of("Muhammad", "Mahmud"),
        List.of("Ali", "Alireza"), List.of("علی", "علیرضا"), List.of("Reza", "Alireza"),
        List.of("Hamid", "Hamed"), List.of("Majid", "Hamid"), List.of("Mohsen", "Mohammad"),
        List.of("Ahmad", "Mahmoud"), List.of("Ahmadi", "Mahmoudi"), List.of("Karim", "Karimi"),
        List.of("Mohammad", "Mohammadi"), List.of("Hasan", "Hosseini"), List.of("Fatemeh", "Fatemi"),
        List.of("Zahra", "Zohreh"), List.of("Maryam", "Marzieh"), List.of("Javad", "Jamal"),
        List.of("Kazem", "Karim"), List.of("Nasser", "Nasrin"), List.of("Mehdi", "Hadi"),
        List.of("Reza", "Rezaei"), List.of("Jafar", "Jafari"), List.of("Amir", "Amin"),
        List.of("Saeed", "Sadegh"), List.of("Masoud", "Mansour"), List.of("Rasoul", "Rasouli"),
        List.of("Akbar", "Asghar"), List.of("Abbas", "Abbasi"), List.of("Mehrdad", "Mehdi"),
        List.of("Bahram", "Bahrami"), List.of("Gholamreza", "Gholamali"), List.of("Shahram", "Shahrokh"),
        List.of("Farhad", "Farzad"), List.of("Hamid", "Hamidreza"), List.of("Yousef", "Younes"),
        List.of("Ebrahim", "Esmail"));

    record Rates(double recall, double falseMerge) {
    }

    static Rates measure(NameDictionary dictionary) {
        int pairs = 0;
        int joined = 0;
        for (List<String> spellings : VARIANTS) {
            for (int i = 0; i < spellings.size(); i++) {
                for (int j = i + 1; j < spellings.size(); j++) {
                    pairs++;
                    joined += key(dictionary, spellings.get(i)).equals(key(dictionary, spellings.get(j))) ? 1 : 0;
                }
            }
        }
        int merged = 0;
        for (List<String> names : DIFFERENT) {
            merged += key(dictionary, names.get(0)).equals(key(dictionary, names.get(1))) ? 1 : 0;
        }
        return new Rates((double) joined / pairs, (double) merged / DIFFERENT.size());
    }

    private static String key(NameDictionary dictionary, String name) {
        return dictionary.resolve(name).key();
    }

    @Test
    void rulesAloneJoinMostVariantsAndMergeFewDifferentNames() {
        Rates rules = measure(NameDictionary.empty());
        System.out.printf("phonetic key, rules only: recall %.3f, false merges %.3f%n", rules.recall(), rules.falseMerge());
        assertThat(rules.recall()).isGreaterThan(0.75);
        assertThat(rules.falseMerge()).isLessThanOrEqualTo(0.05);
    }

    @Test
    void theDictionaryRaisesRecallWithoutMergingMore() {
        Rates rules = measure(NameDictionary.empty());
        Rates withDictionary = measure(NameDictionary.standard());
        System.out.printf("phonetic key + dictionary: recall %.3f, false merges %.3f (dictionary of %d spellings)%n",
            withDictionary.recall(), withDictionary.falseMerge(), NameDictionary.standard().size());
        assertThat(withDictionary.recall()).isGreaterThan(rules.recall()).isGreaterThanOrEqualTo(0.99);
        assertThat(withDictionary.falseMerge()).isLessThanOrEqualTo(rules.falseMerge());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"Hossein, حسین", "Hussein, Husayn", "Gholamreza, غلامرضا", "Qolamreza, Gholam-Reza",
        "Jafar, Ja'far", "Djafar, جعفر", "KARIMI, کریمی", "Mohammad Reza, محمدرضا"})
    void spellingsOfOneNameShareAKey(String a, String b) {
        assertThat(NameDictionary.standard().resolve(a).key()).isEqualTo(NameDictionary.standard().resolve(b).key());
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({"Hossein, Hassan", "حسین, حسن", "Mohammad, Mahmoud", "Ali, Alireza", "علی, علیرضا"})
    void differentNamesKeepDifferentKeys(String a, String b) {
        assertThat(NameDictionary.standard().resolve(a).key()).isNotEqualTo(NameDictionary.standard().resolve(b).key());
        assertThat(PhoneticKey.of(a)).isNotEqualTo(PhoneticKey.of(b));
    }

    @Test
    void rulesGiveThePersianSkeleton() {
        assertThat(PhoneticKey.of("Hossein")).isEqualTo("HSYN");
        assertThat(PhoneticKey.of("حسن")).isEqualTo("HSN");
        assertThat(PhoneticKey.of("Fatemeh")).isEqualTo(PhoneticKey.of("فاطمه")).isEqualTo("FTM");
        assertThat(PhoneticKey.of("")).isEmpty();
        assertThat(PhoneticKey.of(null)).isEmpty();
    }
}
