"""Translations of the evidence files of a check after the exit (app/ui/projects/evidence.py, after_exit.py)."""

T = {
    ("AfterExitSection", "Evidence &files\u2026"): {
        "fr": "&Fichiers de preuve\u2026", "es": "Arc&hivos de prueba\u2026", "ru": "&Файлы подтверждений\u2026",
        "ar": "&ملفات الأدلة\u2026", "zh": "证据文件(&F)\u2026"},
    ("EvidenceDialog", "Evidence of the check at %1 months"): {
        "fr": "Preuves de la vérification à %1 mois", "es": "Pruebas de la verificación a los %1 meses",
        "ru": "Подтверждения проверки через %1 мес.", "ar": "أدلة التحقق بعد %1 شهرًا", "zh": "%1 个月检查的证据"},
    ("EvidenceDialog", "Files that show what the check found: a budget page, a report, a list of staff."): {
        "fr": "Les fichiers qui montrent ce que la vérification a constaté : une page du budget, un rapport, une liste "
              "du personnel.",
        "es": "Los archivos que muestran lo que comprobó la verificación: una página del presupuesto, un informe, una "
              "lista del personal.",
        "ru": "Файлы, подтверждающие выводы проверки: страница бюджета, отчёт, список сотрудников.",
        "ar": "الملفات التي تُظهر ما توصّل إليه التحقق: صفحة من الميزانية، تقرير، قائمة بالموظفين.",
        "zh": "显示检查结果的文件：预算页、报告、工作人员名单。"},
}
