"""Word lists for realistic demo data: international names with accents and scripts."""

FIRST_NAMES = [
    "Anna", "José", "Zoë", "Mathéo", "Chloé", "Björn", "Łukasz", "Søren", "Ingrid", "Amélie",
    "François", "Jürgen", "Núria", "Renée", "Thérèse", "Ömer", "Ayşe", "Mónica", "Iñigo", "Håkon",
    "Emma", "Liam", "Olivia", "Noah", "Sofia", "Lucas", "Mia", "Leon", "Giulia", "Marco",
    "Fatima", "Yusuf", "Aisha", "Omar", "Priya", "Arjun", "Mei", "Hiroshi", "Yuki", "Min-jun",
    "Chiara", "Matteo", "Elena", "Pablo", "Lucía", "Hugo", "Léa", "Clément", "Margaux", "Théo",
    "Sarah", "David", "Rachel", "Daniel", "Grace", "Samuel", "Hannah", "Jakub", "Zofia", "Dorota",
    "Nikolaj", "Astrid", "Eirik", "Saoirse", "Niamh", "Ciarán", "Joaquín", "Valentina", "Thiago", "Camila",
]
LAST_NAMES = [
    "Müller", "García", "Núñez", "Dubois", "Lefèvre", "Kowalski", "Wójcik", "Øster", "Åberg", "Schröder",
    "Martínez", "Fernández", "Rossi", "Bianchi", "Smith", "Johnson", "O'Brien", "MacLeod", "Nguyễn", "Trần",
    "Yılmaz", "Demir", "Şahin", "Kaya", "Novák", "Dvořák", "Horváth", "Nagy", "Papadopoulos", "Ioannou",
    "Tanaka", "Suzuki", "Kim", "Park", "Chen", "Wang", "Patel", "Sharma", "Haddad", "Khalil",
    "Bergström", "Lindqvist", "Jensen", "Hansen", "de Vries", "van Dijk", "Janssens", "Peeters", "Costa", "Silva",
    "Moreau", "Laurent", "Girard", "Bonnet", "Weiß", "Fischer", "Becker", "Hoffmann", "Zimmermann", "Krüger",
]
COMPANY_WORDS = [
    "Atelier", "Bäckerei", "Café", "Studio", "Garage", "Boulangerie", "Tischlerei", "Floristería",
    "Agence", "Büro", "Kanzlei", "Consulting", "Design", "Logistik", "Immobilier", "Optique",
    "Pâtisserie", "Librería", "Weingut", "Brasserie", "Fahrradladen", "Gärtnerei", "Électricité",
]
COMPANY_NAMES = [
    "Lumière", "Nordlicht", "Sol y Mar", "Les Trois Chênes", "Alpenblick", "Águila", "Blue Harbour",
    "Eichhorn", "Rivière", "Sonnenschein", "Kastanie", "Olivo", "Zephyr", "Fjord", "Mistral",
    "Grünwald", "Belle Époque", "Corvo", "Hirondelle", "Mandarina", "Kiefer", "Marée", "Bergamo",
]
COMPANY_SUFFIXES = ["GmbH", "SARL", "S.L.", "Ltd", "AB", "& Co", "SAS", "KG", "", "", ""]
CITIES = [
    ("Paris", "France", "FR"), ("Lyon", "France", "FR"), ("München", "Germany", "DE"),
    ("Köln", "Germany", "DE"), ("Zürich", "Switzerland", "CH"), ("Málaga", "Spain", "ES"),
    ("Barcelona", "Spain", "ES"), ("Kraków", "Poland", "PL"), ("Göteborg", "Sweden", "SE"),
    ("København", "Denmark", "DK"), ("Dublin", "Ireland", "IE"), ("London", "United Kingdom", "GB"),
    ("Torino", "Italy", "IT"), ("Lisboa", "Portugal", "PT"), ("Brno", "Czechia", "CZ"),
    ("New York", "United States", "US"), ("Montréal", "Canada", "CA"), ("İzmir", "Türkiye", "TR"),
]
PHONE_FORMATS = {  # '#' becomes a random digit
    "FR": "+33 6 ## ## ## ##", "DE": "+49 151 ########", "CH": "+41 79 ### ## ##",
    "ES": "+34 6## ### ###", "PL": "+48 5## ### ###", "SE": "+46 70 ### ## ##",
    "DK": "+45 2# ## ## ##", "IE": "+353 87 ### ####", "GB": "+44 7700 9#####",
    "IT": "+39 3## ### ####", "PT": "+351 91# ### ###", "CZ": "+420 6## ### ###",
    "US": "+1 212 555 ####", "CA": "+1 514 555 ####", "TR": "+90 5## ### ## ##",
}
JOB_TITLES = [
    "Owner", "Manager", "Accountant", "Buyer", "Head of Sales", "Office Manager", "Chef",
    "Architect", "Designer", "Consultant", "Directrice", "Geschäftsführer", "Gerente", "Assistant",
    "Store Manager", "Project Lead", "Purchasing", "Founder", "Partner", "",
]
TAGS = ["customer", "supplier", "lead", "VIP", "partner", "newsletter", "wholesale", "local", "Stammkunde", "à rappeler"]
NOTE_TEXTS = [
    "Prefers to be called in the morning.", "Asked for a quote for the spring collection.",
    "Met at the trade fair in Köln; very interested in the new line.",
    "Pays invoices on time. Likes personal service.", "Needs the delivery before the end of the month.",
    "Called about the late order; promised a discount next time.",
    "Wants to see samples before ordering. Rappeler après les vacances.",
    "Will introduce us to his partner at the café next door.", "Budget approved for Q3.",
    "Interested in a yearly maintenance contract.", "Sent the brochure and price list by email.",
    "Llamar el lunes para confirmar el pedido.", "Bitte Rückruf wegen Angebot.",
    "Complained about the packaging; follow up with the warehouse.",
]
CALL_SUBJECTS = ["Intro call", "Follow-up call", "Quote discussion", "Order confirmation", "Check-in"]
MEETING_SUBJECTS = ["Showroom visit", "Lunch meeting", "Site visit", "Product demo", "Contract review"]
