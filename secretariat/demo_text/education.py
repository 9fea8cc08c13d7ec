"""Plan themes of the Education team of the Dongju–Yunhai joint committee."""

from secretariat.demo_text import PlanTheme, Text3

THEMES: list[PlanTheme] = [
    PlanTheme(
        title=Text3(
            en="High school student exchange with homestays",
            ko="홈스테이를 통한 고등학생 교류",
            zh="高中生家庭寄宿交流项目",
        ),
        description=Text3(
            en="Every year forty high school students from each city spend two weeks in the partner city, staying with host families, attending classes at a partner school and completing a joint project with their hosts.",
            ko="매년 각 도시 고등학생 40명이 상대 도시에서 2주간 홈스테이를 하며 자매학교 수업에 참여하고, 현지 학생들과 공동 과제를 수행한다.",
            zh="两市每年各选派四十名高中生赴对方城市交流两周，入住接待家庭，在友好学校随班学习，并与当地学生共同完成合作课题。",
        ),
        lead_agency_a="동주시교육청",
        lead_agency_b="云海市教育委员会",
    ),
    PlanTheme(
        title=Text3(
            en="Credit transfer and joint degree programmes between universities",
            ko="대학 간 학점 교류 및 공동학위 과정",
            zh="高校学分互认与联合学位项目",
        ),
        description=Text3(
            en="Universities in Dongju and Yunhai sign credit transfer agreements and launch joint bachelor's and master's programmes in engineering and business, aiming for two hundred exchange students a year by 2030.",
            ko="동주와 운해의 대학들이 학점 교류 협정을 체결하고 공학 및 경영 분야 학사·석사 공동학위 과정을 개설하여, 2030년까지 연간 교환학생 200명을 목표로 한다.",
            zh="东州与云海高校签订学分互认协议，在工程和商科领域开设联合本科及硕士学位项目，力争到2030年每年交换学生达到二百人。",
        ),
        lead_agency_a="동주대학교",
        lead_agency_b="云海大学",
    ),
    PlanTheme(
        title=Text3(
            en="Teacher exchange and joint professional development",
            ko="교원 교류 및 공동 연수",
            zh="教师交流与联合培训",
        ),
        description=Text3(
            en="Twenty primary and secondary teachers from each city take part every year in a one-month placement in partner-city schools, observing and co-teaching lessons, followed by a joint seminar on teaching methods.",
            ko="매년 각 도시 초·중등 교원 20명이 상대 도시 학교에서 1개월간 수업 참관과 협력 수업을 수행하고, 이후 교수법에 관한 공동 세미나를 개최한다.",
            zh="两市每年各选派二十名中小学教师赴对方城市学校开展为期一个月的跟岗交流，观摩课堂并参与协同授课，随后举办教学方法联合研讨会。",
        ),
        lead_agency_a="동주시교육연수원",
        lead_agency_b="云海市教师发展中心",
    ),
    PlanTheme(
        title=Text3(
            en="Korean and Chinese language courses in partner schools",
            ko="자매학교 한국어·중국어 강좌 운영",
            zh="友好学校韩语和汉语课程",
        ),
        description=Text3(
            en="Each city sends native-speaking language assistants to partner schools in the other city to run after-school Korean or Chinese courses, reaching about two thousand pupils a year.",
            ko="각 도시는 상대 도시 자매학교에 원어민 언어 보조교사를 파견하여 방과후 한국어 또는 중국어 강좌를 운영하고, 매년 학생 2,000여 명이 수강하도록 한다.",
            zh="两市向对方城市友好学校派遣母语语言助教，开设课后韩语或汉语课程，每年惠及学生约两千人。",
        ),
        lead_agency_a="동주국제교육원",
        lead_agency_b="云海市教育委员会",
    ),
    PlanTheme(
        title=Text3(
            en="Joint summer camp for middle school students of both cities",
            ko="양 도시 중학생 공동 여름캠프",
            zh="两市初中生联合夏令营",
        ),
        description=Text3(
            en="A ten-day summer camp brings together sixty middle school students from both cities each year, alternating between Dongju and Yunhai, with outdoor activities, cultural workshops and introductory language lessons.",
            ko="매년 양 도시 중학생 60명이 동주와 운해에서 번갈아 열리는 10일간의 여름캠프에 참가하여 야외활동, 문화 체험, 기초 언어 수업을 함께한다.",
            zh="两市每年组织六十名初中生参加在东州和云海轮流举办的为期十天的夏令营，开展户外活动、文化体验和基础语言学习。",
        ),
        lead_agency_a="동주시청소년수련원",
        lead_agency_b="云海市青少年活动中心",
    ),
    PlanTheme(
        title=Text3(
            en="Dongju–Yunhai scholarship for graduate students",
            ko="동주–운해 대학원생 장학금",
            zh="东州—云海研究生奖学金",
        ),
        description=Text3(
            en="The two cities jointly fund twenty scholarships a year covering tuition and living costs for graduate students who pursue master's or doctoral studies at a university in the partner city.",
            ko="양 도시는 상대 도시 대학에서 석사 또는 박사 과정을 이수하는 대학원생에게 등록금과 생활비를 지원하는 장학금을 매년 20명분 공동 조성한다.",
            zh="两市每年联合设立二十个奖学金名额，为赴对方城市高校攻读硕士或博士学位的研究生提供学费和生活费资助。",
        ),
        lead_agency_a="동주인재육성재단",
        lead_agency_b="云海市教育发展基金会",
    ),
    PlanTheme(
        title=Text3(
            en="Joint urban studies research centre of partner universities",
            ko="자매대학 공동 도시연구센터",
            zh="友好高校联合城市研究中心",
        ),
        description=Text3(
            en="Dongju University and Yunhai University establish a joint research centre on urban policy, where researchers from both sides conduct comparative studies on housing, transport and ageing and publish their findings every year.",
            ko="동주대학교와 운해대학교는 도시정책 공동연구센터를 설립하고, 양측 연구진이 주거, 교통, 고령화에 관한 비교연구를 수행하여 매년 연구 성과를 발표한다.",
            zh="东州大学与云海大学共建城市政策联合研究中心，双方研究人员围绕住房、交通和人口老龄化开展比较研究，并每年发布研究成果。",
        ),
        lead_agency_a="동주대학교",
        lead_agency_b="云海大学",
    ),
    PlanTheme(
        title=Text3(
            en="Vocational college partnership in advanced manufacturing skills",
            ko="첨단 제조 기술 분야 직업교육기관 협력",
            zh="先进制造技能领域职业院校合作",
        ),
        description=Text3(
            en="Vocational colleges in both cities share curricula and training equipment in mechatronics and welding, exchange instructors each semester and organise a joint skills competition for students every year.",
            ko="양 도시 직업교육기관은 메카트로닉스와 용접 분야 교육과정 및 실습 장비를 공유하고, 학기마다 교수 요원을 교류하며, 매년 학생 대상 공동 기능경진대회를 개최한다.",
            zh="两市职业院校在机电一体化和焊接领域共享课程和实训设备，每学期互派教师，并每年联合举办学生技能大赛。",
        ),
        lead_agency_a="동주폴리텍대학",
        lead_agency_b="云海职业技术学院",
    ),
    PlanTheme(
        title=Text3(
            en="Online twin classrooms linking partner schools",
            ko="자매학교 간 온라인 쌍둥이 교실",
            zh="友好学校线上结对课堂",
        ),
        description=Text3(
            en="Fifty pairs of classes in partner schools hold monthly video lessons together on shared topics such as local history and the environment, with interpretation support and teacher guides provided by both education authorities.",
            ko="자매학교 학급 50쌍이 매월 화상 수업을 함께 진행하며 지역사, 환경 등 공동 주제를 학습하고, 양 교육당국이 통역 지원과 교사용 지도서를 제공한다.",
            zh="友好学校五十对班级每月共同开展视频课堂，围绕地方历史、环境等共同主题开展学习，两市教育部门提供翻译支持和教师指导手册。",
        ),
        lead_agency_a="동주시교육청",
        lead_agency_b="云海市电化教育馆",
    ),
    PlanTheme(
        title=Text3(
            en="Sister-school agreements between primary and secondary schools",
            ko="초·중등학교 자매결연",
            zh="中小学缔结友好学校",
        ),
        description=Text3(
            en="The education authorities match schools in the two cities and support at least thirty sister-school agreements, each including an annual visit, letter exchanges and a joint activity plan.",
            ko="양 도시 교육당국은 학교 간 결연을 주선하여 30개 이상의 자매결연 협약을 지원하며, 각 결연에는 연 1회 상호 방문, 서신 교환, 공동 활동 계획이 포함된다.",
            zh="两市教育部门为两地学校牵线搭桥，支持缔结至少三十对友好学校，每对学校每年互访一次，开展书信交流并制定联合活动计划。",
        ),
        lead_agency_a="동주시교육청",
        lead_agency_b="云海市教育委员会",
    ),
    PlanTheme(
        title=Text3(
            en="Annual education policy forum of the two education authorities",
            ko="양 도시 교육당국 연례 교육정책 포럼",
            zh="两市教育部门年度教育政策论坛",
        ),
        description=Text3(
            en="Senior officials of the Dongju Office of Education and the Yunhai Education Commission meet annually to discuss curriculum reform, private tutoring and digital learning, and report agreed actions to the committee.",
            ko="동주시교육청과 운해시 교육위원회 고위 관계자가 매년 만나 교육과정 개편, 사교육, 디지털 학습 등 정책 현안을 논의하고, 합의 사항을 위원회에 보고한다.",
            zh="东州市教育厅与云海市教育委员会负责同志每年会晤，就课程改革、校外培训和数字化学习等政策议题进行研讨，并将商定事项报告联合委员会。",
        ),
        lead_agency_a="동주시교육청",
        lead_agency_b="云海市教育委员会",
    ),
    PlanTheme(
        title=Text3(
            en="Youth science and robotics competition",
            ko="청소년 과학·로봇 경진대회",
            zh="青少年科技与机器人竞赛",
        ),
        description=Text3(
            en="Mixed teams of secondary school students from both cities design and program robots for a joint competition each autumn, with the finals held alternately at the Dongju Science Museum and the Yunhai Science and Technology Museum.",
            ko="양 도시 중·고등학생 혼성팀이 매년 가을 열리는 공동 경진대회에서 로봇을 설계하고 프로그래밍하며, 결선은 동주과학관과 운해과학기술관에서 번갈아 개최한다.",
            zh="两市中学生组成混合队伍，在每年秋季举办的联合竞赛中设计和编程机器人，决赛在东州科学馆和云海科技馆轮流举行。",
        ),
        lead_agency_a="동주과학관",
        lead_agency_b="云海市科学技术协会",
    ),
    PlanTheme(
        title=Text3(
            en="Joint teaching materials on the history and culture of both cities",
            ko="양 도시 역사·문화 공동 교재 개발",
            zh="两市历史文化联合教材编写",
        ),
        description=Text3(
            en="A joint editorial board of teachers and historians develops supplementary teaching materials in Korean and Chinese on the history and culture of both cities, for use in partner schools within three years.",
            ko="교사와 역사학자로 구성된 공동 편찬위원회가 양 도시의 역사와 문화를 다룬 한국어·중국어 보조교재를 개발하여, 3년 내 자매학교에서 활용할 수 있도록 한다.",
            zh="由教师和历史学者组成的联合编委会编写韩汉双语的两市历史文化辅助教材，力争三年内在友好学校投入使用。",
        ),
        lead_agency_a="동주교육연구정보원",
        lead_agency_b="云海市教育科学研究院",
    ),
    PlanTheme(
        title=Text3(
            en="Lifelong learning exchange between senior citizens' universities",
            ko="노인대학 간 평생학습 교류",
            zh="老年大学终身学习交流",
        ),
        description=Text3(
            en="Senior citizens' universities in Dongju and Yunhai exchange visiting groups of learners each year and run shared online courses in calligraphy, health and language, encouraging active ageing and friendship among older residents.",
            ko="동주와 운해의 노인대학은 매년 학습자 방문단을 교환하고 서예, 건강, 어학 분야 온라인 강좌를 공동 운영하여 어르신들의 활기찬 노후와 우정을 증진한다.",
            zh="东州与云海老年大学每年互派学员访问团，联合开设书法、健康和语言类线上课程，促进老年人积极老龄化和友好交往。",
        ),
        lead_agency_a="동주시평생교육진흥원",
        lead_agency_b="云海老年大学",
    ),
    PlanTheme(
        title=Text3(
            en="Study visits for school principals",
            ko="학교장 교육 시찰",
            zh="中小学校长考察交流",
        ),
        description=Text3(
            en="Groups of fifteen school principals from each city make a one-week study visit to the partner city every year to observe school management, meet their counterparts and identify new partnership opportunities.",
            ko="매년 각 도시 학교장 15명으로 구성된 시찰단이 상대 도시를 1주일간 방문하여 학교 경영 사례를 살펴보고, 현지 교장들과 교류하며 새로운 협력 기회를 발굴한다.",
            zh="两市每年各组织十五名中小学校长赴对方城市开展为期一周的考察，了解学校管理经验，与当地校长交流，发掘新的合作机会。",
        ),
        lead_agency_a="동주시교육연수원",
        lead_agency_b="云海市教育委员会",
    ),
    PlanTheme(
        title=Text3(
            en="Annual forum of university presidents from both cities",
            ko="양 도시 대학총장 연례 포럼",
            zh="两市大学校长年度论坛",
        ),
        description=Text3(
            en="Presidents of about twenty universities in Dongju and Yunhai meet annually to review academic cooperation, agree on new exchange agreements and coordinate joint applications for national research funding.",
            ko="동주와 운해의 대학 총장 20여 명이 매년 모여 학술 협력 현황을 점검하고, 신규 교류 협정을 합의하며, 국가 연구비 공동 신청을 조율한다.",
            zh="东州与云海约二十所高校校长每年聚首，回顾学术合作进展，商定新的交流协议，并协调联合申报国家级科研经费。",
        ),
        lead_agency_a="동주지역대학총장협의회",
        lead_agency_b="云海市教育委员会",
    ),
    PlanTheme(
        title=Text3(
            en="Exchange on special education and inclusive schooling",
            ko="특수교육 및 통합교육 교류",
            zh="特殊教育与融合教育交流",
        ),
        description=Text3(
            en="Special education teachers and therapists from both cities hold an annual workshop and reciprocal school visits to share methods for supporting pupils with disabilities in mainstream classrooms.",
            ko="양 도시 특수교사와 치료사들이 매년 워크숍과 학교 상호 방문을 실시하여 일반 학급에서 장애 학생을 지원하는 방법을 공유한다.",
            zh="两市特殊教育教师和康复治疗师每年举办研讨会并互访学校，交流在普通班级中支持残疾学生的方法。",
        ),
        lead_agency_a="동주특수교육원",
        lead_agency_b="云海市特殊教育指导中心",
    ),
    PlanTheme(
        title=Text3(
            en="Early childhood education cooperation and kindergarten teacher training",
            ko="유아교육 협력 및 유치원 교사 연수",
            zh="学前教育合作与幼儿园教师培训",
        ),
        description=Text3(
            en="The two cities exchange kindergarten teachers for short training courses twice a year and jointly develop play-based learning programmes, sharing the results at an annual early childhood education conference.",
            ko="양 도시는 연 2회 유치원 교사 단기 연수 교류를 실시하고 놀이 중심 학습 프로그램을 공동 개발하며, 그 성과를 연례 유아교육 학술대회에서 공유한다.",
            zh="两市每年两次互派幼儿园教师参加短期培训，共同开发游戏化学习课程，并通过年度学前教育研讨会分享成果。",
        ),
        lead_agency_a="동주유아교육진흥원",
        lead_agency_b="云海市学前教育指导中心",
    ),
    PlanTheme(
        title=Text3(
            en="Model joint committee simulation for high school students",
            ko="고등학생 모의 공동위원회",
            zh="高中生模拟联合委员会",
        ),
        description=Text3(
            en="Each winter sixty high school students from both cities take part in a three-day simulation of the joint committee, drafting and negotiating cooperation plans in mixed teams, with committee members as mentors.",
            ko="매년 겨울 양 도시 고등학생 60명이 사흘간 공동위원회 모의회의에 참가하여 혼성팀으로 협력사업안을 작성·협상하며, 위원회 위원들이 멘토로 참여한다.",
            zh="两市每年冬季组织六十名高中生参加为期三天的联合委员会模拟会议，以混合小组形式起草和磋商合作项目方案，联合委员会委员担任导师。",
        ),
        lead_agency_a="동주시 국제교류담당관",
        lead_agency_b="云海市人民政府外事办公室",
    ),
    PlanTheme(
        title=Text3(
            en="Pilot of AI-based digital learning in partner schools",
            ko="자매학교 인공지능 기반 디지털 학습 시범운영",
            zh="友好学校人工智能数字化学习试点",
        ),
        description=Text3(
            en="Ten schools in each city test AI-assisted learning tools in mathematics and language classes for two years, sharing evaluation data and teacher feedback to inform both cities' digital education policies.",
            ko="각 도시 10개 학교가 2년간 수학 및 언어 수업에서 인공지능 보조 학습 도구를 시범 운영하고, 평가 자료와 교사 의견을 공유하여 양 도시 디지털 교육정책에 반영한다.",
            zh="两市各选十所学校在数学和语言课堂上试用人工智能辅助学习工具两年，共享评估数据和教师反馈，为两市数字教育政策提供参考。",
        ),
        lead_agency_a="동주시교육청 미래교육과",
        lead_agency_b="云海市教育信息化中心",
    ),
    PlanTheme(
        title=Text3(
            en="Internships for university students in partner-city government offices",
            ko="대학생 상대 도시 행정기관 인턴십",
            zh="大学生赴对方城市政府机关实习",
        ),
        description=Text3(
            en="Each summer ten university students from each city complete an eight-week internship in departments of the partner city government, gaining insight into public administration and supporting the committee secretariat.",
            ko="매년 여름 각 도시 대학생 10명이 상대 도시 시청 부서에서 8주간 인턴십을 수행하며 행정 실무를 익히고 공동위원회 사무국 업무를 지원한다.",
            zh="两市每年夏季各选派十名大学生赴对方城市政府部门开展为期八周的实习，了解公共行政实务并协助联合委员会秘书处工作。",
        ),
        lead_agency_a="동주시 총무과",
        lead_agency_b="云海市人力资源和社会保障局",
    ),
    PlanTheme(
        title=Text3(
            en="Comparative study of school education systems",
            ko="양 도시 학교교육 체제 비교연구",
            zh="两市学校教育体系比较研究",
        ),
        description=Text3(
            en="Education research institutes of both cities carry out a two-year comparative study of school hours, curricula and student wellbeing, publishing a bilingual report with policy recommendations for both education authorities.",
            ko="양 도시 교육연구기관은 수업 시수, 교육과정, 학생 행복도에 관한 2년간의 비교연구를 수행하고, 양 교육당국을 위한 정책 제언을 담은 이중언어 보고서를 발간한다.",
            zh="两市教育科研机构用两年时间对课时安排、课程设置和学生幸福感开展比较研究，并发布双语报告，向两市教育部门提出政策建议。",
        ),
        lead_agency_a="동주교육연구정보원",
        lead_agency_b="云海市教育科学研究院",
    ),
    PlanTheme(
        title=Text3(
            en="Joint environmental education programme for schools",
            ko="학교 공동 환경교육 프로그램",
            zh="学校联合环境教育项目",
        ),
        description=Text3(
            en="Partner schools run a year-long environmental education programme in which pupils monitor air and water quality near their schools, compare data online and present results at a joint youth environment forum.",
            ko="자매학교 학생들이 1년간 학교 주변 대기질과 수질을 관측하고 온라인으로 자료를 비교하며, 그 결과를 양 도시 청소년 환경포럼에서 발표하는 환경교육 프로그램을 운영한다.",
            zh="友好学校开展为期一年的环境教育项目，学生监测学校周边空气和水质，在线比较数据，并在两市联合青少年环境论坛上展示成果。",
        ),
        lead_agency_a="동주시교육청",
        lead_agency_b="云海市生态环境宣传教育中心",
    ),
    PlanTheme(
        title=Text3(
            en="Exchange visits of school orchestras and art clubs",
            ko="학교 오케스트라 및 예술동아리 교류 방문",
            zh="学校管弦乐团与艺术社团交流互访",
        ),
        description=Text3(
            en="School orchestras, choirs and art clubs from both cities visit the partner city every year to give joint concerts and exhibitions with local schools, encouraging arts education and friendship among pupils.",
            ko="양 도시 학교 오케스트라, 합창단, 미술 동아리가 매년 상대 도시를 방문하여 현지 학교와 합동 연주회 및 전시회를 열고, 학생들의 예술교육과 우정을 증진한다.",
            zh="两市学校管弦乐团、合唱团和美术社团每年赴对方城市访问，与当地学校联合举办音乐会和展览，推动艺术教育并增进学生友谊。",
        ),
        lead_agency_a="동주학생교육문화회관",
        lead_agency_b="云海市中小学艺术教育中心",
    ),
    PlanTheme(
        title=Text3(
            en="Exchange on student counselling and school safety",
            ko="학생 상담 및 학교 안전 교류",
            zh="学生心理辅导与校园安全交流",
        ),
        description=Text3(
            en="School counsellors and safety officers from both cities meet annually to share approaches to student mental health, bullying prevention and emergency preparedness, and jointly produce training materials for teachers.",
            ko="양 도시 전문상담교사와 학교안전 담당자가 매년 만나 학생 정신건강, 학교폭력 예방, 재난 대비에 관한 방안을 공유하고 교사용 연수 자료를 공동 제작한다.",
            zh="两市学校心理辅导教师和安全管理人员每年会面，交流学生心理健康、校园欺凌防治和应急准备经验，并联合编制教师培训材料。",
        ),
        lead_agency_a="동주시교육청 학생생활교육과",
        lead_agency_b="云海市中小学心理健康教育指导中心",
    ),
    PlanTheme(
        title=Text3(
            en="Alumni network of exchange programme participants",
            ko="교류사업 참가자 동문 네트워크",
            zh="交流项目参与者校友网络",
        ),
        description=Text3(
            en="The two cities create a bilingual online alumni network for former exchange students, teachers and interns, holding a reunion each year to keep participants engaged in future cooperation.",
            ko="양 도시는 교환학생, 교원, 인턴 등 교류사업 참가자를 위한 이중언어 온라인 동문 네트워크를 구축하고, 매년 동문 모임을 개최하여 향후 협력에 지속적으로 참여하도록 한다.",
            zh="两市为曾参与交流项目的学生、教师和实习生建立双语线上校友网络，每年举办校友聚会，促使参与者持续投身未来合作。",
        ),
        lead_agency_a="동주국제교류재단",
        lead_agency_b="云海市人民政府外事办公室",
    ),
    PlanTheme(
        title=Text3(
            en="Joint doctoral supervision in science and engineering",
            ko="이공계 박사과정 공동지도",
            zh="理工科博士研究生联合培养",
        ),
        description=Text3(
            en="Partner universities co-supervise doctoral candidates in science and engineering, each spending at least one year in a laboratory in the partner city, with the aim of fifteen co-supervised theses every year.",
            ko="자매대학은 이공계 박사과정생을 공동 지도하며, 각 학생은 최소 1년간 상대 도시 연구실에서 연구하고, 매년 공동지도 학위논문 15편을 목표로 한다.",
            zh="友好高校联合培养理工科博士研究生，每名学生须在对方城市实验室学习研究至少一年，力争每年完成十五篇联合指导学位论文。",
        ),
        lead_agency_a="동주과학기술원",
        lead_agency_b="云海理工大学",
    ),
    PlanTheme(
        title=Text3(
            en="Study-abroad fair promoting universities in each city",
            ko="상대 도시 대학 유학 박람회",
            zh="对方城市高校留学展",
        ),
        description=Text3(
            en="Universities of each city hold a study-abroad fair in the partner city every spring, offering admissions counselling, scholarship information and trial lectures to attract prospective students and their families.",
            ko="각 도시 대학들은 매년 봄 상대 도시에서 유학 박람회를 개최하여 입학 상담, 장학금 안내, 체험 강의를 제공하고 예비 유학생과 학부모를 유치한다.",
            zh="两市高校每年春季在对方城市举办留学展，提供招生咨询、奖学金信息和体验课程，吸引有意留学的学生及家长。",
        ),
        lead_agency_a="동주시 대학협력과",
        lead_agency_b="云海市教育国际交流协会",
    ),
]
