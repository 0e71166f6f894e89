package org.yadman.memorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yadman.testing.RunningSite;

class MemorialPagesTest {
    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String persianDigits(long n) {
        StringBuilder out = new StringBuilder();
        for (char c : Long.toString(n).toCharArray()) out.append((char) ('۰' + (c - '0')));
        return out.toString();
    }

    @Test
    void searchFindsPublishedPersonsByAnyNameFieldInEitherScriptAndOrder() {
        try (var site = RunningSite.start()) {
            var rows = new RegistryRows(site.database());
            long list = rows.source("list-a", "List A");
            long ali = rows.person(list, "A-1", "given_name", "علی", "surname", "رضایی", "full_name", "Ali Rezaei");
            long other = rows.person(list, "A-2", "given_name", "حسن", "surname", "رضایی", "father_name", "کاظم");
            rows.publish(ali);
            rows.publish(other);

            // Arabic yeh in the query still matches after normalisation.
            assertThat(site.get("/fa/search?q=" + q("علي رضايي")).body()).contains("/fa/person/" + ali + "\"")
                    .doesNotContain("/fa/person/" + other + "\"");
            assertThat(site.get("/fa/search?q=" + q("رضایی علی")).body()).contains("/fa/person/" + ali + "\"");
            assertThat(site.get("/en/search?q=" + q("  ALI rezaei ")).body()).contains("/en/person/" + ali + "\"");
            var surname = site.get("/fa/search?q=" + q("رضایی")).body();
            assertThat(surname).contains("/fa/person/" + ali + "\"").contains("/fa/person/" + other + "\"")
                    .contains("۲ یافته").contains("نام پدر: کاظم");
            assertThat(site.get("/en/search?q=" + q("Ali Rez")).body()).doesNotContain("/en/person/");
            assertThat(site.get("/en/search?q=" + q("حسن")).body()).contains("/en/person/" + other + "\"");
        }
    }

    @Test
    void personPageShowsEveryCurrentFactGroupedWithItsSourceRecordAndGregorianRange() {
        try (var site = RunningSite.start()) {
            var rows = new RegistryRows(site.database());
            long list = rows.source("list-b", "Amnesty-style list B");
            long person = rows.person(list, "B-17", "given_name", "Maryam", "surname", "Karimi",
                    "father_name", "Hossein", "note", "wrong note");
            rows.date(person, "death_date", "مرداد ۱۳۶۷", LocalDate.of(1988, 7, 23), LocalDate.of(1988, 8, 22));
            rows.retract(person, "note");
            rows.publish(person);
            long recordId = site.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT source_record_id FROM assertion WHERE person_id = :p LIMIT 1").bind("p", person).mapTo(Long.class).one());

            var en = site.get("/en/person/" + person);
            assertThat(en.statusCode()).isEqualTo(200);
            assertThat(en.body()).contains("<h1 class=\"person-name\" dir=\"auto\">Maryam Karimi</h1>")
                    .contains("Father's name").contains("Hossein")
                    .contains("مرداد ۱۳۶۷").contains("Gregorian 1988-07-23 to 1988-08-22")
                    .contains("href=\"/en/source/" + list + "\"").contains("Amnesty-style list B")
                    .contains("record " + recordId + " (B-17)").contains("key B-17, row 1")
                    .doesNotContain("wrong note");
            assertThat(en.headers().firstValue("Set-Cookie")).isEmpty();
            // Ids typed with Persian digits are read too.
            String persianId = q(persianDigits(person));
            assertThat(site.get("/fa/person/" + persianId).statusCode()).isEqualTo(200);
            var fa = site.get("/fa/person/" + person).body();
            assertThat(fa).contains("نام پدر").contains("میلادی از ۲۳ ژوئیه ۱۹۸۸ تا ۲۲ اوت ۱۹۸۸");
        }
    }

    @Test
    void personPageShowsEveryLinkedRecordAndNamesInThePageScriptFirst() {
        try (var site = RunningSite.start()) {
            var rows = new RegistryRows(site.database());
            long latin = rows.source("list-l", "Latin list");
            long persian = rows.source("list-f", "Persian list");
            long person = rows.person(latin, "L-9", "full_name", "KARIMI, Hossein");
            rows.addRecord(person, persian, "F-4", "given_name", "حسین", "surname", "کریمی");
            rows.publish(person);

            var fa = site.get("/fa/person/" + person).body();
            assertThat(fa).contains("<h1 class=\"person-name\" dir=\"auto\">حسین کریمی</h1>")
                    .contains("KARIMI, Hossein").contains("href=\"/fa/source/" + latin + "\"")
                    .contains("href=\"/fa/source/" + persian + "\"").contains("شناسهٔ L-9").contains("شناسهٔ F-4");
            assertThat(site.get("/en/person/" + person).body()).contains("<h1 class=\"person-name\" dir=\"auto\">KARIMI, Hossein</h1>");
            assertThat(site.get("/en/source/" + persian).body()).contains("/en/person/" + person + "\"");
        }
    }

    @Test
    void unpublishedOrWithdrawnPersonIsInvisibleEverywherePublic() {
        try (var site = RunningSite.start()) {
            var rows = new RegistryRows(site.database());
            long list = rows.source("list-c", "List C");
            long hidden = rows.person(list, "C-1", "given_name", "Hidden", "surname", "Person");
            long withdrawn = rows.person(list, "C-2", "given_name", "Withdrawn", "surname", "Person");
            long shown = rows.person(list, "C-3", "given_name", "Shown", "surname", "Person");
            rows.publish(withdrawn);
            rows.withdraw(withdrawn);
            rows.publish(shown);

            for (long id : new long[] {hidden, withdrawn}) {
                assertThat(site.get("/en/person/" + id).statusCode()).isEqualTo(404);
                assertThat(site.get("/fa/person/" + id).statusCode()).isEqualTo(404);
            }
            var search = site.get("/en/search?q=person").body();
            assertThat(search).contains("/en/person/" + shown + "\"").doesNotContain("Hidden").doesNotContain("Withdrawn");
            assertThat(site.get("/en/search?q=" + q("Hidden Person")).body()).doesNotContain("/en/person/");
            var source = site.get("/en/source/" + list).body();
            assertThat(source).contains("Shown Person").doesNotContain("Hidden").doesNotContain("Withdrawn")
                    .contains("<dd class=\"record-count\">3</dd>");
            assertThat(site.get("/en/").body()).contains("<strong>1</strong>persons documented")
                    .contains("<strong>3</strong>source records");
        }
    }

    @Test
    void redactedFieldsAreNeitherShownNorSearchable() {
        try (var site = RunningSite.start()) {
            var rows = new RegistryRows(site.database());
            long list = rows.source("list-r", "List R");
            long person = rows.person(list, "R-1", "given_name", "Nasrin", "surname", "Secretname", "father_name", "Hiddenfather");
            rows.publishRedacting(person, "[\"surname\", \"father_name\"]");

            var page = site.get("/en/person/" + person).body();
            assertThat(page).contains("Nasrin").doesNotContain("Secretname").doesNotContain("Hiddenfather");
            assertThat(site.get("/en/search?q=Secretname").body()).doesNotContain("/en/person/");
            assertThat(site.get("/en/search?q=" + q("Nasrin Secretname")).body()).doesNotContain("/en/person/");
            assertThat(site.get("/en/search?q=Nasrin").body()).contains("/en/person/" + person + "\"").doesNotContain("Hiddenfather");
        }
    }

    @Test
    void userTextIsEscapedOnPersonAndSearchPages() {
        try (var site = RunningSite.start()) {
            var rows = new RegistryRows(site.database());
            String evil = "<script>alert(1)</script>";
            long list = rows.source("list-x", "<b>List</b>");
            long person = rows.person(list, "X-1", "full_name", evil);
            rows.publish(person);

            var page = site.get("/en/person/" + person).body();
            assertThat(page).doesNotContain(evil).doesNotContain("<b>List</b>")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;b&gt;List&lt;/b&gt;");
            var search = site.get("/en/search?q=" + q(evil)).body();
            assertThat(search).doesNotContain(evil).contains("/en/person/" + person + "\"")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            assertThat(site.get("/en/search?q=" + q("\"><script>x</script>")).body()).doesNotContain("<script>x");
        }
    }

    @Test
    void sourcePagesListMetadataAndPublishedPersonsPageByPage() {
        try (var site = RunningSite.start()) {
            var rows = new RegistryRows(site.database());
            long list = rows.source("list-p", "Paged list");
            long empty = rows.source("list-e", null);
            long first = 0;
            for (int i = 1; i <= MemorialRoutes.PAGE_SIZE + 3; i++) {
                long id = rows.person(list, "P-" + i, "given_name", "Given" + i, "surname", "Family");
                if (i == 1) first = id;
                rows.publish(id);
            }
            var sources = site.get("/fa/sources").body();
            assertThat(sources).contains("href=\"/fa/source/" + list + "\"").contains("Paged list")
                    .contains("href=\"/fa/source/" + empty + "\"").contains("list-e").contains("<td>۵۳</td>");
            var one = site.get("/en/source/" + list).body();
            assertThat(one).contains("Page 1 of 2").contains("/en/person/" + first + "\"")
                    .contains("href=\"/en/source/" + list + "?page=2\"").doesNotContain("Given53 Family<");
            var two = site.get("/en/source/" + list + "?page=۲").body();
            assertThat(two).contains("Page 2 of 2").contains("Given53 Family<").doesNotContain("/en/person/" + first + "\"");
            assertThat(site.get("/en/source/999999").statusCode()).isEqualTo(404);
            assertThat(site.get("/en/source/abc").statusCode()).isEqualTo(404);
            assertThat(site.get("/en/person/-1").statusCode()).isEqualTo(404);
        }
    }
}
