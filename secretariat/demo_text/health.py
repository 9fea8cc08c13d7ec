"""Plan themes of the Health and Medical team (added at the 2025 conference)."""

from secretariat.demo_text import PlanTheme, Text3

THEMES: list[PlanTheme] = [
    PlanTheme(
        Text3(
            "Healthy city policy dialogue and indicator sharing",
            "건강도시 정책 대화 및 지표 공유",
            "健康城市政策对话与指标共享",
        ),
        Text3(
            "Health officials of the two cities meet annually to compare healthy city plans, share health equity and life expectancy indicators by district, and identify one joint project for the following year.",
            "양 도시 보건 공무원이 매년 만나 건강도시 계획을 비교하고, 자치구별 건강형평성 및 기대수명 지표를 공유하며, 이듬해 추진할 공동사업 한 건을 발굴한다.",
            "两市卫生健康部门官员每年会晤一次，比较健康城市规划，共享各区健康公平和人均预期寿命指标，并确定一项下一年度联合实施项目。",
        ),
        "동주시 시민건강국",
        "云海市卫生健康委员会",
    ),
    PlanTheme(
        Text3(
            "Sister-hospital partnership between municipal public hospitals",
            "시립 공공병원 간 자매병원 결연",
            "市属公立医院结对合作",
        ),
        Text3(
            "Dongju Medical Center and Yunhai First People's Hospital exchange hospital management practices, quality indicators and patient safety systems, with a management delegation visit every year and a joint quality improvement project.",
            "동주의료원과 운해시 제1인민병원은 병원 경영 사례, 의료 질 지표, 환자안전 체계를 교류하고, 매년 경영진 대표단을 상호 파견하며 의료 질 향상 공동 과제를 추진한다.",
            "东州医疗院与云海市第一人民医院交流医院管理经验、医疗质量指标和患者安全体系，每年互派管理团队代表团访问，并共同开展一项医疗质量改进项目。",
        ),
        "동주의료원",
        "云海市第一人民医院",
    ),
    PlanTheme(
        Text3(
            "Emergency medical services and pre-hospital care exchange",
            "응급의료 및 병원 전 단계 응급처치 교류",
            "急救医疗与院前急救交流",
        ),
        Text3(
            "Emergency medical services of Dongju and Yunhai exchange dispatch protocols, paramedic training curricula and ambulance response data, and hold a joint drill on mass-casualty incidents every two years.",
            "동주시와 운해시의 응급의료기관이 출동 지령 절차, 구급대원 교육과정, 구급차 출동 자료를 교류하고, 2년마다 다수사상자 사고 대응 공동 훈련을 실시한다.",
            "东州市与云海市急救医疗机构交流调度规程、急救人员培训课程和救护车出车数据，每两年联合开展一次大规模伤亡事件应急演练。",
        ),
        "동주소방재난본부",
        "云海急救中心",
    ),
    PlanTheme(
        Text3(
            "Exchange between Korean medicine and traditional Chinese medicine",
            "한의학·중의학 교류",
            "韩医学与中医药交流",
        ),
        Text3(
            "Korean medicine and traditional Chinese medicine institutions of the two cities hold a joint academic symposium each year and exchange practitioners for short clinical placements in acupuncture, herbal medicine and rehabilitation.",
            "양 도시 한의학 및 중의학 기관이 매년 공동 학술 심포지엄을 개최하고, 침구·한약·재활 분야 의료인을 단기 임상연수 형태로 교류한다.",
            "两市韩医学和中医药机构每年联合举办学术研讨会，并在针灸、中药和康复领域互派医师开展短期临床进修。",
        ),
        "동주한방진흥센터",
        "云海市中医管理局",
    ),
    PlanTheme(
        Text3(
            "Integrated community care for older people",
            "어르신 지역사회 통합돌봄",
            "老年人社区综合照护服务",
        ),
        Text3(
            "The two cities compare community care models for older people living at home, including home health visits, day care and meal services, and jointly evaluate two pilot neighbourhoods after two years.",
            "양 도시는 방문 건강관리, 주간보호, 식사 지원 등 재가 어르신을 위한 지역사회 통합돌봄 모델을 비교하고, 시범 지역 두 곳의 성과를 2년 후 공동으로 평가한다.",
            "两市比较居家老年人社区综合照护模式，包括上门健康服务、日间照料和助餐服务，并在两年后对两个试点社区进行联合评估。",
        ),
        "동주시 복지정책실",
        "云海市民政局",
    ),
    PlanTheme(
        Text3(
            "Dementia prevention and care cooperation",
            "치매 예방 및 돌봄 협력",
            "认知障碍预防与照护合作",
        ),
        Text3(
            "Dementia centres in Dongju and Yunhai share early screening tools, family caregiver programmes and dementia-friendly community practices, and train twenty care workers from each city every year.",
            "동주시와 운해시의 치매 관련 기관이 조기 선별검사 도구, 가족 돌봄자 지원 프로그램, 치매친화 지역사회 조성 사례를 공유하고, 매년 도시별 돌봄 인력 20명을 교육한다.",
            "东州市与云海市认知障碍相关机构共享早期筛查工具、家庭照护者支持项目和认知障碍友好社区建设经验，每年各培训二十名照护人员。",
        ),
        "동주시 광역치매센터",
        "云海市老龄工作委员会办公室",
    ),
    PlanTheme(
        Text3(
            "Infectious disease surveillance and information sharing",
            "감염병 감시 및 정보 공유",
            "传染病监测与信息共享",
        ),
        Text3(
            "The disease control centres of the two cities set up a regular channel to share surveillance reports on notifiable infectious diseases, hold a monthly video call during outbreaks and exchange laboratory methods.",
            "양 도시 질병관리 기관이 법정 감염병 감시 보고서를 정기적으로 공유하는 채널을 마련하고, 유행 시에는 매월 화상회의를 개최하며 검사 방법을 교류한다.",
            "两市疾病预防控制机构建立定期共享法定传染病监测报告的渠道，疫情流行期间每月召开一次视频会议，并交流实验室检测方法。",
        ),
        "동주시 감염병관리지원단",
        "云海市疾病预防控制中心",
    ),
    PlanTheme(
        Text3(
            "Joint tabletop exercise on public health emergencies",
            "공중보건 위기 대응 공동 도상훈련",
            "突发公共卫生事件联合桌面推演",
        ),
        Text3(
            "Public health emergency teams of Dongju and Yunhai run a joint tabletop exercise every two years, based on a new respiratory disease scenario, to test information exchange, hospital surge capacity and risk communication.",
            "동주시와 운해시의 공중보건 위기대응 조직이 신종 호흡기 감염병 시나리오에 따라 2년마다 공동 도상훈련을 실시하여 정보 교환, 병상 확충 역량, 위기소통 체계를 점검한다.",
            "东州市与云海市突发公共卫生事件应急队伍每两年以新发呼吸道传染病为情景联合开展一次桌面推演，检验信息交换、医疗救治扩容能力和风险沟通机制。",
        ),
        "동주시 보건의료정책과",
        "云海市卫生健康委员会",
    ),
    PlanTheme(
        Text3(
            "Mental health services and suicide prevention",
            "정신건강 서비스 및 자살 예방",
            "精神卫生服务与自杀预防",
        ),
        Text3(
            "Mental health centres of the two cities exchange crisis hotline practices, suicide prevention programmes and workplace mental health services, and hold an expert workshop each year on one agreed topic.",
            "양 도시 정신건강 기관이 위기상담 전화 운영, 자살 예방 프로그램, 직장인 정신건강 서비스 사례를 교류하고, 매년 합의한 주제로 전문가 워크숍을 개최한다.",
            "两市精神卫生机构交流心理危机干预热线运营、自杀预防项目和职场心理健康服务经验，每年围绕一个商定主题举办专家研讨会。",
        ),
        "동주시 정신건강복지센터",
        "云海市精神卫生保健所",
    ),
    PlanTheme(
        Text3(
            "Clinical training exchange for doctors and nurses",
            "의사·간호사 임상연수 교류",
            "医护人员临床进修交流",
        ),
        Text3(
            "Public hospitals of Dongju and Yunhai each send up to ten doctors and nurses a year for three-month clinical training in the partner city, focusing on critical care, rehabilitation and nursing management.",
            "동주시와 운해시의 공공병원이 매년 각각 최대 10명의 의사와 간호사를 상대 도시에 3개월간 파견하여 중환자 진료, 재활, 간호 관리 분야 임상연수를 실시한다.",
            "东州市与云海市公立医院每年各选派不超过十名医生和护士赴对方城市开展为期三个月的临床进修，重点学习重症医学、康复和护理管理。",
        ),
        "동주시 공공보건의료재단",
        "云海市医院管理中心",
    ),
    PlanTheme(
        Text3(
            "Digital health, telemedicine and smart hospital cooperation",
            "디지털 헬스·비대면 진료·스마트병원 협력",
            "数字健康、远程医疗与智慧医院合作",
        ),
        Text3(
            "The two cities share experience in electronic health records, telemedicine for remote and home-bound patients and smart hospital systems, and jointly assess one pilot service in each city.",
            "양 도시는 전자건강기록, 원거리 거주 및 거동이 불편한 환자를 위한 비대면 진료, 스마트병원 시스템에 관한 경험을 공유하고, 도시별 시범 서비스 한 건씩을 공동으로 평가한다.",
            "两市交流电子健康档案、面向偏远地区和行动不便患者的远程医疗以及智慧医院系统建设经验，并对各自一项试点服务开展联合评估。",
        ),
        "동주의료원",
        "云海市卫生健康信息中心",
    ),
    PlanTheme(
        Text3(
            "Chronic disease management in community health centres",
            "보건소 중심 만성질환 관리 및 건강증진",
            "社区卫生服务中心慢性病管理与健康促进",
        ),
        Text3(
            "Community health centres in paired districts of the two cities exchange programmes for hypertension and diabetes management, smoking cessation and healthy eating, with staff visits every year and shared outcome indicators.",
            "양 도시 결연 자치구의 보건소가 고혈압·당뇨병 관리, 금연, 건강한 식생활 프로그램을 교류하고, 매년 직원 상호 방문을 실시하며 성과 지표를 공유한다.",
            "两市结对区的社区卫生服务中心交流高血压和糖尿病管理、戒烟及健康饮食项目，每年开展人员互访，并共享成效指标。",
        ),
        "동주시 건강증진과",
        "云海市社区卫生服务管理中心",
    ),
]
