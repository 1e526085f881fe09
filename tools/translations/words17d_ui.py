"""The Index import window's problem lines (issue 17: they were "row 3, column 'Country': ..." in English), in the
words the plans and coordination imports already use."""

T = {("IndexImportDialog", "Row %1, %2: %3"): {"fr": "Ligne %1, %2 : %3", "es": "Fila %1, %2: %3",
                                                "ru": "Строка %1, %2: %3", "ar": "الصف %1، %2: %3",
                                                "zh": "第 %1 行，%2：%3"}}
