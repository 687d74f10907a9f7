import IngestCore
import Testing

@Suite("Telling the language of a body")
struct LanguageDetectorTests {
    @Test(arguments: [
        (
            "en",
            "The harbour authority said on Tuesday that the new breakwater will open next spring, two years later than it had planned, because of the storms."
        ),
        (
            "fr",
            "Les autorités du port ont annoncé mardi que la nouvelle digue ne sera pas ouverte avant le printemps, avec deux ans de retard sur le calendrier prévu."
        ),
        (
            "de",
            "Die Hafenbehörde teilte am Dienstag mit, dass der neue Wellenbrecher erst im nächsten Frühjahr und damit zwei Jahre später als geplant eröffnet wird."
        ),
        (
            "es",
            "La autoridad del puerto anunció el martes que el nuevo rompeolas no se abrirá hasta la próxima primavera, dos años más tarde de lo previsto por los ingenieros."
        ),
        (
            "it",
            "L’autorità portuale ha annunciato martedì che la nuova diga non sarà aperta prima della prossima primavera, con due anni di ritardo rispetto al previsto per il porto."
        ),
        (
            "pt",
            "A autoridade do porto anunciou na terça-feira que o novo quebra-mar não será aberto antes da próxima primavera, dois anos mais tarde do que estava previsto pelos engenheiros."
        ),
        (
            "nl",
            "De havenautoriteit heeft dinsdag laten weten dat de nieuwe golfbreker pas in het voorjaar wordt geopend, twee jaar later dan gepland door de ingenieurs van de haven."
        ),
        (
            "fa",
            "سازمان بندر روز سه‌شنبه اعلام کرد که موج‌شکن جدید تا بهار آینده باز نخواهد شد و این پروژه دو سال از برنامه عقب است. ماهیگیران می‌گویند که کار آنها متوقف شده است."
        ),
        (
            "ar",
            "أعلنت هيئة الميناء يوم الثلاثاء أن كاسر الأمواج الجديد لن يفتح قبل الربيع المقبل، أي بعد عامين من الموعد المحدد. وقال الصيادون إن القوارب متوقفة منذ أسابيع في المدينة."
        ),
        (
            "ru",
            "Администрация порта во вторник сообщила, что новый волнорез откроется только следующей весной, на два года позже запланированного срока. Рыбаки говорят, что лодки стоят без дела."
        ),
        ("zh", "港口管理局星期二表示，新的防波堤要到明年春天才能开放，比原计划晚了两年。渔民们说，他们的船已经停在港口好几个星期了，没有任何补偿。"),
        ("ja", "港湾局は火曜日、新しい防波堤の開通は来年の春になると発表した。予定より二年遅れることになる。漁師たちは、船が何週間も港に停泊したままだと話している。"),
    ])
    func tellsTheLanguage(code: String, text: String) {
        #expect(LanguageDetector.language(of: text) == code)
    }

    @Test(arguments: [
        "Breakwater delayed",  // too short to tell
        "",
        "12 345 678 910 11 12 13 14 15 16",  // no words at all
        // Turkish: none of the seven
        "Liman idaresi salı günü yeni dalgakıranın gelecek bahardan önce açılmayacağını duyurdu ve balıkçılar bekliyor.",
    ])
    func saysNothingWhenUnsure(text: String) {
        #expect(LanguageDetector.language(of: text) == nil)
    }

    @Test func readsOnlyTheBeginningOfALongText() {
        let english = String(repeating: "The boats are in the harbour and the crews are at home. ", count: 400)
        let french = String(repeating: "Les bateaux sont dans le port et les équipages sont à la maison. ", count: 400)
        #expect(LanguageDetector.language(of: english + french) == "en")
    }
}
