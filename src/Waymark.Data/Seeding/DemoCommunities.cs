using Waymark.Domain.People;

namespace Waymark.Data.Seeding;

/// <summary>
/// The communities the demo people come from, so that names, ethnic group and language fit together as they would
/// in an English town. <see cref="Weight"/> is out of 100. Every name here is common and belongs to nobody in
/// particular. Append to a list rather than reorder it, or every person after the change moves.
/// </summary>
internal sealed record DemoCommunity(
    int Weight,
    EthnicCategory[] Ethnicities,
    string[] Women,
    string[] Men,
    string[] FamilyNames,
    string[] Languages,
    double InterpreterShare)
{
    public static readonly DemoCommunity[] All =
    [
        new(60, [EthnicCategory.WhiteBritish, EthnicCategory.WhiteBritish, EthnicCategory.WhiteBritish, EthnicCategory.WhiteIrish, EthnicCategory.NotStated],
            ["Margaret", "Susan", "Linda", "Patricia", "Karen", "Julie", "Sarah", "Emma", "Claire", "Joanne", "Lisa", "Michelle", "Jean",
                "Pauline", "Sandra", "Deborah", "Rachel", "Laura", "Gemma", "Jade", "Chloe", "Shannon", "Kelly", "Dorothy", "Joan", "Sheila",
                "Brenda", "Valerie", "Christine", "Hayley", "Maureen", "Carol", "Amy", "Nicola", "Elaine", "Siobhan"],
            ["David", "John", "Michael", "Paul", "Peter", "Stephen", "Mark", "Andrew", "Gary", "Kevin", "Ian", "Colin", "Brian", "Keith",
                "Derek", "Roy", "Terry", "Graham", "Neil", "Craig", "Darren", "Lee", "Jamie", "Ryan", "Nathan", "Connor", "Kyle", "Dean",
                "Trevor", "Alan", "Barry", "Philip", "Sean", "Gareth"],
            ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans",
                "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Hughes", "Edwards", "Turner", "Hill", "Cooper",
                "Ward", "Morris", "Moore", "King", "Harrison", "Baker", "Allen", "Young", "Mitchell", "Parker", "Bailey", "Marshall", "Shaw",
                "Holmes", "Fletcher", "Barker", "Dixon", "Gibson", "Hartley", "Sutcliffe", "Ackroyd", "Lister", "O'Connor", "Murphy", "Kelly"],
            [], 0),
        new(6, [EthnicCategory.AnyOtherWhiteBackground],
            ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Ewa", "Anna", "Magdalena", "Beata"],
            ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Marek", "Andrzej", "Grzegorz", "Łukasz"],
            ["Nowak", "Wójcik", "Kowalczyk", "Woźniak", "Mazur", "Krawczyk", "Kaczmarek", "Zając", "Król", "Wróbel", "Dudek", "Pawlak"],
            ["Polish"], 0.35),
        new(10, [EthnicCategory.Pakistani],
            ["Nasreen", "Shazia", "Rubina", "Samina", "Farzana", "Ayesha", "Saima", "Nabila", "Zainab", "Hina"],
            ["Mohammed", "Tariq", "Imran", "Asif", "Khalid", "Zahid", "Shahid", "Arshad", "Nadeem", "Amjad"],
            ["Khan", "Hussain", "Ahmed", "Akhtar", "Iqbal", "Mahmood", "Shah", "Ali", "Butt", "Rashid", "Malik"],
            ["Urdu", "Punjabi"], 0.3),
        new(5, [EthnicCategory.Bangladeshi],
            ["Rahima", "Shirin", "Nazma", "Rokeya", "Hasina", "Taslima", "Jahanara", "Sultana"],
            ["Abdul", "Mizanur", "Shahidul", "Anwar", "Jamal", "Rafiq", "Habibur", "Kamal"],
            ["Rahman", "Uddin", "Islam", "Chowdhury", "Hoque", "Ali", "Ahmed", "Hossain"],
            ["Bengali"], 0.4),
        new(5, [EthnicCategory.Indian],
            ["Sunita", "Meena", "Priya", "Anjali", "Kamaljit", "Harpreet", "Rupinder", "Neelam"],
            ["Rajesh", "Sanjay", "Vijay", "Gurpreet", "Harjit", "Amarjit", "Ramesh", "Dilip"],
            ["Patel", "Sharma", "Gill", "Sandhu", "Mistry", "Chauhan", "Parmar", "Bains", "Dhillon"],
            ["Punjabi", "Gujarati"], 0.15),
        new(4, [EthnicCategory.African],
            ["Amina", "Hodan", "Fadumo", "Sahra", "Ifrah", "Khadra"],
            ["Abdi", "Mohamed", "Hassan", "Yusuf", "Abdirahman", "Ismail"],
            ["Hassan", "Mohamed", "Abdi", "Omar", "Warsame", "Farah", "Jama", "Ali"],
            ["Somali"], 0.45),
        new(3, [EthnicCategory.AnyOtherEthnicGroup],
            ["Fatima", "Mariam", "Layla", "Rania", "Huda", "Noor"],
            ["Omar", "Ali", "Youssef", "Karim", "Samir", "Hamza"],
            ["Haddad", "Saleh", "Nasser", "Mansour", "Khalil", "Aziz", "Hamdan"],
            ["Arabic"], 0.45),
        new(6, [EthnicCategory.Caribbean, EthnicCategory.African, EthnicCategory.MixedWhiteAndBlackCaribbean],
            ["Marcia", "Beverley", "Grace", "Abena", "Adwoa", "Paulette", "Yvonne", "Blessing"],
            ["Winston", "Delroy", "Kwame", "Kofi", "Errol", "Emmanuel", "Clive", "Tunde"],
            ["Campbell", "Brown", "Mensah", "Boateng", "Okafor", "Adeyemi", "Thomas", "Francis", "Grant"],
            [], 0),
        new(1, [EthnicCategory.Chinese],
            ["Mei", "Li", "Hui", "Xiu"],
            ["Wei", "Jun", "Ming", "Hao"],
            ["Chen", "Wang", "Zhang", "Wong", "Liu"],
            ["Cantonese", "Mandarin"], 0.3),
    ];
}
