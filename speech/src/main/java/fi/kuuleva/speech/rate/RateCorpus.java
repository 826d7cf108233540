package fi.kuuleva.speech.rate;

import fi.kuuleva.survey.Language;
import java.util.List;
import java.util.Map;

/**
 * Prompts of the kind calls play (from the example surveys and built-in phrases, numbers spelled out), per language,
 * on which a synthesizer's rate is measured and calibrated. Constant.
 */
public final class RateCorpus {

    private static final Map<Language, List<String>> PROMPTS = Map.of(
            Language.FI, List.of(
                    "Tämä on Etelä-Karjalan hyvinvointialueen automaattinen kyselypuhelu.",
                    "Kysymme kuusikymmentäviisi vuotta täyttäneiltä asukkailta, miten arki sujuu kotona.",
                    "Vastaukset käsitellään luottamuksellisesti, eikä kenenkään yksittäisiä vastauksia näytetä"
                            + " kenellekään.",
                    "Haluatko vastata kyselyyn nyt?",
                    "Kuinka usein tunnet itsesi yksinäiseksi?",
                    "Tunnetko olosi turvalliseksi kotonasi?",
                    "Tiedätkö, miten voit antaa palautetta hyvinvointialueen palveluista?",
                    "Mitä hyvinvointialueen pitäisi mielestäsi parantaa, jotta arkesi kotona sujuisi paremmin?",
                    "Kiitos vastauksistasi! Ne auttavat meitä kehittämään palveluja.",
                    "Jos haluat vastata, paina yksi. Jos et halua, paina kaksi.",
                    "Tervetuloa takaisin. Jatketaan siitä, mihin viimeksi jäimme.",
                    "Voit kuulla kysymyksen uudelleen painamalla tähteä.",
                    "Jos haluat, että sinulle soittaa ihminen, paina nollaa.",
                    "Jos vastaus on kyllä, paina yksi. Jos ei, paina kaksi.",
                    "Näppäile luku ja paina lopuksi risuaitaa.",
                    "En kuullut vastausta. Kuuntele kysymys uudelleen.",
                    "Tämä näppäin ei käy tähän kysymykseen."),
            Language.SV, List.of(
                    "Det här är ett automatiskt enkätsamtal från välfärdsområdet i Södra Karelen.",
                    "Vi frågar invånare som fyllt sextiofem år hur vardagen hemma fungerar.",
                    "Svaren behandlas konfidentiellt, och ingen enskild persons svar visas för någon.",
                    "Vill du svara på enkäten nu?",
                    "Hur ofta känner du dig ensam?",
                    "Känner du dig trygg i ditt hem?",
                    "Vet du hur du kan ge respons på välfärdsområdets tjänster?",
                    "Vad tycker du att välfärdsområdet borde förbättra för att din vardag hemma ska fungera bättre?",
                    "Tack för dina svar! De hjälper oss att utveckla tjänsterna.",
                    "Om du vill svara, tryck ett. Om du inte vill, tryck två.",
                    "Välkommen tillbaka. Vi fortsätter där vi slutade förra gången.",
                    "Du kan höra frågan igen genom att trycka stjärna.",
                    "Om du vill att en person ringer upp dig, tryck noll.",
                    "Om svaret är ja, tryck ett. Om nej, tryck två.",
                    "Slå in talet och avsluta med fyrkant.",
                    "Jag hörde inget svar. Lyssna på frågan en gång till.",
                    "Den knappen fungerar inte för den här frågan."),
            Language.EN, List.of(
                    "This is an automated survey call from the South Karelia wellbeing services county.",
                    "We are asking residents aged sixty five and over how everyday life at home is going.",
                    "Your answers are confidential, and no one's individual answers are shown to anyone.",
                    "Would you like to answer the survey now?",
                    "How often do you feel lonely?",
                    "Do you feel safe in your home?",
                    "Do you know how to give feedback on the county's services?",
                    "What do you think the county should improve to make everyday life at home easier for you?",
                    "Thank you for your answers! They help us improve our services.",
                    "If you would like to take part, press one. If not, press two.",
                    "Welcome back. We will continue where we left off last time.",
                    "To hear a question again, press star.",
                    "If you would like a person to call you back, press zero.",
                    "For yes, press one. For no, press two.",
                    "Key in the number, then press the hash key.",
                    "I did not hear an answer. Here is the question again.",
                    "That key is not one of the choices for this question."));

    private RateCorpus() {
    }

    public static List<String> prompts(Language language) {
        return PROMPTS.get(language);
    }
}
