package org.rollcall.demo;

import java.util.SplittableRandom;

/**
 * Names and ethnicity for demo pupils, drawn so that a class list looks like an English school's:
 * mostly White British, with the other groups at roughly their share of the school population.
 * Ethnicity uses the DfE main codes (e.g. WBRI, APKN, BAFR).
 */
final class EnglishNames {

    /** One heritage group: its DfE ethnicity codes, share of pupils and name pools. */
    private record Heritage(double share, String[] ethnicities, String[] boys, String[] girls, String[] surnames) {}

    private static final Heritage[] GROUPS = {
        new Heritage(
                0.62,
                new String[] {"WBRI"},
                new String[] {
                    "Oliver", "George", "Harry", "Jack", "Noah", "Leo", "Arthur", "Oscar", "Charlie", "Freddie",
                    "Alfie", "Archie", "Thomas", "James", "William", "Henry", "Theo", "Joshua", "Jacob", "Ethan",
                    "Lucas", "Samuel", "Max", "Toby", "Finley", "Reuben", "Harvey", "Louis", "Dylan", "Ryan"
                },
                new String[] {
                    "Olivia",
                    "Amelia",
                    "Isla",
                    "Ava",
                    "Lily",
                    "Freya",
                    "Poppy",
                    "Emily",
                    "Grace",
                    "Sophie",
                    "Evie",
                    "Ella",
                    "Ruby",
                    "Mia",
                    "Daisy",
                    "Florence",
                    "Isabella",
                    "Charlotte",
                    "Jessica",
                    "Chloe",
                    "Millie",
                    "Erin",
                    "Holly",
                    "Phoebe",
                    "Lucy",
                    "Megan",
                    "Rosie",
                    "Scarlett",
                    "Harriet",
                    "Lola"
                },
                new String[] {
                    "Smith",
                    "Jones",
                    "Taylor",
                    "Brown",
                    "Williams",
                    "Wilson",
                    "Johnson",
                    "Davies",
                    "Robinson",
                    "Wright",
                    "Thompson",
                    "Evans",
                    "Walker",
                    "White",
                    "Roberts",
                    "Green",
                    "Hall",
                    "Wood",
                    "Jackson",
                    "Clarke",
                    "Hughes",
                    "Edwards",
                    "Turner",
                    "Harris",
                    "Martin",
                    "Cooper",
                    "Hill",
                    "Ward",
                    "Morris",
                    "Moore",
                    "Clark",
                    "Lee",
                    "King",
                    "Baker",
                    "Harrison",
                    "Morgan",
                    "Allen",
                    "James",
                    "Scott",
                    "Phillips",
                    "Watson",
                    "Davis",
                    "Parker",
                    "Price",
                    "Bennett",
                    "Young",
                    "Griffiths",
                    "Mitchell",
                    "Kelly",
                    "Cook",
                    "Carter",
                    "Richardson",
                    "Bailey",
                    "Collins",
                    "Bell",
                    "Shaw",
                    "Murphy",
                    "Miller",
                    "Cox",
                    "Richards"
                }),
        new Heritage(
                0.10,
                new String[] {"APKN", "AIND", "ABAN", "AOTH"},
                new String[] {
                    "Muhammad", "Ibrahim", "Yusuf", "Ayaan", "Zayn", "Arjun", "Rohan", "Hamza", "Aarav", "Ismail"
                },
                new String[] {"Aisha", "Maryam", "Zara", "Fatima", "Anaya", "Priya", "Inaya", "Hafsa", "Amira", "Simran"
                },
                new String[] {
                    "Khan",
                    "Ahmed",
                    "Hussain",
                    "Ali",
                    "Patel",
                    "Begum",
                    "Shah",
                    "Iqbal",
                    "Singh",
                    "Rahman",
                    "Akhtar",
                    "Mahmood",
                    "Kaur",
                    "Chowdhury",
                    "Islam",
                    "Sharma"
                }),
        new Heritage(
                0.06,
                new String[] {"BAFR", "BCRB", "BOTH"},
                new String[] {
                    "Tobi", "Kwame", "David", "Joshua", "Daniel", "Emmanuel", "Malachi", "Tyrone", "Femi", "Elijah"
                },
                new String[] {"Amara", "Ama", "Grace", "Precious", "Abena", "Zuri", "Chantelle", "Tiana", "Ife", "Naomi"
                },
                new String[] {
                    "Okafor",
                    "Mensah",
                    "Adeyemi",
                    "Campbell",
                    "Boateng",
                    "Okoro",
                    "Asante",
                    "Francis",
                    "Bailey",
                    "Oduya",
                    "Grant",
                    "Osei"
                }),
        new Heritage(
                0.12,
                new String[] {"WOTH", "WIRI", "WROM"},
                new String[] {"Jakub", "Filip", "Antoni", "Luca", "Matei", "Lukas", "Conor", "Sean", "Mateo", "Adam"},
                new String[] {"Zuzanna", "Maja", "Alicja", "Ioana", "Sofia", "Aoife", "Niamh", "Elena", "Lena", "Hanna"
                },
                new String[] {
                    "Nowak",
                    "Kowalski",
                    "Popescu",
                    "Wisniewski",
                    "Murray",
                    "O'Brien",
                    "Horvath",
                    "Kaminski",
                    "Ionescu",
                    "Petrov",
                    "Byrne",
                    "Kozak"
                }),
        new Heritage(
                0.06,
                new String[] {"MWBC", "MWBA", "MWAS", "MOTH"},
                new String[] {"Kai", "Jayden", "Tyler", "Ezra", "Rio", "Caleb", "Marcus", "Jude", "Luca", "Nathan"},
                new String[] {"Maya", "Jade", "Layla", "Keira", "Aaliyah", "Nia", "Eden", "Leah", "Skye", "Imani"},
                new String[] {
                    "Smith", "Williams", "Brown", "Thomas", "Campbell", "Johnson", "Lewis", "Walker", "Reid", "Hall"
                }),
        new Heritage(
                0.04,
                new String[] {"CHNE", "OOTH", "AOTH", "REFU"},
                new String[] {"Ethan", "Kevin", "Omar", "Ali", "Jun", "Hao", "Samir", "Daniel", "Yousef", "Ryan"},
                new String[] {"Mei", "Lina", "Sara", "Yasmin", "Hana", "Ying", "Noor", "Dina", "Rania", "Chloe"},
                new String[] {"Chen", "Wang", "Li", "Nguyen", "Haddad", "Mohamed", "Abdi", "Hassan", "Zhang", "Tran"}),
    };

    /** The name and ethnicity of one pupil, and whether their home language is likely not English. */
    record Identity(String forename, String surname, String ethnicity, boolean likelyEal) {}

    private EnglishNames() {}

    static Identity draw(SplittableRandom random, boolean boy) {
        Heritage h = pickGroup(random.nextDouble());
        String forename = pick(random, boy ? h.boys() : h.girls());
        String surname = pick(random, h.surnames());
        String ethnicity = pick(random, h.ethnicities());
        boolean likelyEal = !ethnicity.equals("WBRI") && !ethnicity.startsWith("M") && !ethnicity.equals("BCRB");
        return new Identity(forename, surname, ethnicity, likelyEal);
    }

    /** A first name for an adult contact. */
    static String adultForename(SplittableRandom random, boolean man) {
        return pick(random, man ? GROUPS[0].boys() : GROUPS[0].girls());
    }

    /** A surname from any group, for a contact whose surname differs from the child's. */
    static String anySurname(SplittableRandom random) {
        return pick(random, pickGroup(random.nextDouble()).surnames());
    }

    private static Heritage pickGroup(double u) {
        double cumulative = 0;
        for (Heritage h : GROUPS) {
            cumulative += h.share();
            if (u < cumulative) {
                return h;
            }
        }
        return GROUPS[0];
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
